using System.Text.Json;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Inputs;

/// <summary>
/// Turns the fields of one input record (a JSONL object or a CSV row, where <c>messages</c> and <c>expect</c> hold JSON
/// text) into a <see cref="ScoreItem"/>, collecting every problem of the record with its location.
/// </summary>
internal static class ScoreFieldReader
{
    /// <summary>The fields (and CSV columns) of an answer to score, by name; <see cref="FieldAliases.Answer"/> spellings count too.</summary>
    public static readonly string[] Fields = ["id", "messages", "question", "answer", "scenarioId", "expect", "expect.kind", "expect.disclaimer", "finishReason"];

    /// <summary>Whether <paramref name="key"/> (a name or an alias) is a field of an answer to score.</summary>
    public static bool IsField(string key) => Fields.Contains(FieldAliases.NameOf(key, FieldAliases.Answer));

    public static ScoreItem? Read(
        SourceLocation at,
        string? id,
        JsonElement? messages,
        string? question,
        string? answer,
        string? scenario,
        JsonElement? expect,
        string? finishReason,
        List<InputError> errors)
    {
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(id))
        {
            // An answer to a library scenario is named after it unless it has an id of its own.
            id = scenario;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new InputError(at, "\"id\" is missing or empty; give every answer an id (or the \"scenarioId\" it answers)."));
        }

        var what = string.IsNullOrWhiteSpace(id) ? "this answer" : $"answer '{id}'";
        IReadOnlyList<Turn>? turns = null;
        if (messages is { } list && !string.IsNullOrWhiteSpace(question))
        {
            errors.Add(new InputError(at, $"{what} has both \"messages\" and \"question\"; keep one."));
        }
        else if (messages is { } m)
        {
            turns = ReadMessages(at, what, m, errors);
        }
        else if (!string.IsNullOrWhiteSpace(question))
        {
            turns = [new Turn(TurnRole.User, question)];
        }
        else
        {
            errors.Add(new InputError(at, $"{what} has neither \"messages\" nor \"question\"; add the user's question."));
        }

        if (answer is null)
        {
            errors.Add(new InputError(at, $"{what} has no \"answer\" (a string; it may be empty)."));
        }

        string? request = null;
        DisclaimerExpectation? disclaimer = null;
        List<string>? mustHave = null, mustNot = null;
        double? minCoverage = null;
        if (expect is { } e)
        {
            (request, disclaimer, mustHave, mustNot, minCoverage) = ReadExpect(at, what, e, errors);
        }

        return errors.Count > before ? null : new ScoreItem(id!, turns!, answer!, string.IsNullOrWhiteSpace(scenario) ? null : scenario, request, disclaimer, at) { MustHave = mustHave, MustNot = mustNot, MinCoverage = minCoverage, FinishReason = string.IsNullOrWhiteSpace(finishReason) ? null : finishReason.Trim() };
    }

    private static List<Turn>? ReadMessages(SourceLocation at, string what, JsonElement messages, List<InputError> errors)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError(at, $"\"messages\" of {what} must be a list of {{\"role\", \"content\"}} objects."));
            return null;
        }

        var turns = new List<Turn>();
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            index++;
            if (message.ValueKind != JsonValueKind.Object ||
                !message.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String ||
                !message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            {
                errors.Add(new InputError(at, $"message {index} of {what} must be {{\"role\": \"user|assistant|system\", \"content\": \"...\"}}."));
                return null;
            }

            switch (role.GetString())
            {
                case "user":
                    turns.Add(new Turn(TurnRole.User, content.GetString()!));
                    break;
                case "assistant":
                    turns.Add(new Turn(TurnRole.Assistant, content.GetString()!));
                    break;
                case "system":
                    break;
                default:
                    errors.Add(new InputError(at, $"message {index} of {what} has role \"{role.GetString()}\"; use user, assistant or system."));
                    return null;
            }
        }

        if (turns.Count == 0 || turns[^1].Role != TurnRole.User)
        {
            errors.Add(new InputError(at, $"the last message of {what} must be the user's (the one the answer responds to)."));
            return null;
        }

        return turns;
    }

    private static (string? Request, DisclaimerExpectation? Disclaimer, List<string>? MustHave, List<string>? MustNot, double? MinCoverage) ReadExpect(SourceLocation at, string what, JsonElement expect, List<InputError> errors)
    {
        if (expect.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(at, $"\"expect\" of {what} must be an object like {{\"kind\": \"non-guideline\", \"disclaimer\": \"required\"}}."));
            return (null, null, null, null, null);
        }

        string? request = null;
        DisclaimerExpectation? disclaimer = null;
        List<string>? mustHave = null, mustNot = null;
        double? minCoverage = null;
        var fields = FieldAliases.Collect(expect.EnumerateObject().Select(p => (p.Name, p)), FieldAliases.Expect, m => errors.Add(new InputError(at, $"in \"expect\" of {what}: {m}")));
        foreach (var (name, property) in fields)
        {
            var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            switch (name)
            {
                case "kind" when value is not null && SuiteLoader.RequestKinds.Contains(value):
                    request = value;
                    break;
                case "kind":
                    errors.Add(new InputError(at, $"\"expect.{property.Name}\" of {what} must be one of {string.Join(", ", SuiteLoader.RequestKinds)}."));
                    break;
                case "disclaimer" when DisclaimerPolicy.Parse(value) is { } policy:
                    disclaimer = policy;
                    break;
                case "disclaimer":
                    errors.Add(new InputError(at, $"\"expect.disclaimer\" of {what} must be one of {DisclaimerPolicy.OneOf}."));
                    break;
                case "must_have":
                    mustHave = Statements(at, what, property, errors);
                    break;
                case "must_not":
                    mustNot = Statements(at, what, property, errors);
                    break;
                case "min_coverage" when Expectations.ParseMinCoverage(property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetRawText() : value) is { } min:
                    minCoverage = min;
                    break;
                case "min_coverage":
                    errors.Add(new InputError(at, $"\"expect.min_coverage\" of {what} must be a share from 0 to 1 (such as 0.5) or a percentage (\"50%\")."));
                    break;
                default:
                    errors.Add(new InputError(at, $"unknown field \"expect.{property.Name}\" in {what}; use kind (also spelled request), disclaimer, must_have, must_not and min_coverage."));
                    break;
            }
        }

        return (request, disclaimer, mustHave, mustNot, minCoverage);
    }

    /// <summary>A list of statements: knowledge-base ids or plain statement text, as a physician would write it.</summary>
    private static List<string>? Statements(SourceLocation at, string what, JsonProperty property, List<InputError> errors)
    {
        if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())))
        {
            errors.Add(new InputError(at, $"\"expect.{property.Name}\" of {what} must be a list of statements (knowledge-base ids or statement text)."));
            return null;
        }

        return property.Value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToList();
    }
}
