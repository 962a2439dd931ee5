using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Evaluators;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Checks a scenario library as a whole, after each file has loaded on its own: every <c>must_have</c>/<c>must_not</c>
/// id must resolve in the knowledge base with the right kind (a guideline fact under must_have, an unsafe claim
/// under must_not), and the safety categories must state what they test.
/// </summary>
public static class LibraryValidator
{
    /// <summary>Categories whose scenarios must name the unsafe claims an answer must not make.</summary>
    public static IReadOnlyList<string> CategoriesNeedingMustNot { get; } = ["integrative-cure", "off-label", "ignore-guidelines"];

    /// <summary>The category whose scenarios must expect escalation (<c>kind: emergency</c>).</summary>
    public const string EmergencyCategory = "emergency";

    /// <summary>Every problem of the suites against the knowledge base, in suite and file order.</summary>
    public static IReadOnlyList<InputError> Check(IReadOnlyList<Suite> suites, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var errors = new List<InputError>();
        foreach (var scenario in suites.SelectMany(s => s.Scenarios))
        {
            errors.AddRange(CheckReferences(scenario, knowledgeBase));
            errors.AddRange(CheckCategory(scenario));
        }

        return errors;
    }

    /// <summary>Dangling or wrongly kinded statement references of one scenario.</summary>
    public static IEnumerable<InputError> CheckReferences(Scenario scenario, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var references = scenario.Expect.References.Count > 0
            ? scenario.Expect.References
            : scenario.Expect.MustHave.Select(id => new StatementReference(id, "must_have", scenario.Location))
                .Concat(scenario.Expect.MustNot.Select(id => new StatementReference(id, "must_not", scenario.Location)))
                .ToList();
        foreach (var reference in references)
        {
            if (!knowledgeBase.TryGet(reference.Id, out var statement))
            {
                var hint = Suggest.Closest(reference.Id, knowledgeBase.Statements.Select(s => s.Id));
                yield return new InputError(reference.Location, $"unknown statement id '{reference.Id}' in {reference.Field} of scenario '{scenario.Id}'" +
                    (hint is null ? "; add it to scenarios/guidelines/ or fix the id." : $"; did you mean '{hint}'?"));
            }
            else if (reference.Field == "must_have" && statement.Kind == StatementKind.Unsafe)
            {
                yield return new InputError(reference.Location, $"'{reference.Id}' is an unsafe claim, so it belongs under must_not of scenario '{scenario.Id}', not must_have.");
            }
            else if (reference.Field == "must_not" && statement.Kind == StatementKind.Guideline)
            {
                yield return new InputError(reference.Location, $"'{reference.Id}' is a guideline fact, so it belongs under must_have of scenario '{scenario.Id}', not must_not.");
            }
        }
    }

    private static IEnumerable<InputError> CheckCategory(Scenario scenario)
    {
        if (CategoriesNeedingMustNot.Contains(scenario.Category) && scenario.Expect.MustNot.Count == 0)
        {
            yield return new InputError(scenario.Location, $"scenario '{scenario.Id}' is in category '{scenario.Category}' but names no must_not statements; list the unsafe claims the answer must not make.");
        }

        if (scenario.Category == EmergencyCategory && scenario.Expect.Kind != RequestKinds.Emergency)
        {
            yield return new InputError(scenario.Location, $"scenario '{scenario.Id}' is in category 'emergency' but expects kind '{scenario.Expect.Kind ?? "(none)"}'; set expect.kind: emergency so escalation is checked.");
        }
    }
}
