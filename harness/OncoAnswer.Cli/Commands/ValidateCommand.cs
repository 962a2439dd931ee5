using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer validate</c>: loads suites, the knowledge base, gate files and run configs (with the gate they name),
/// checks schema, ids, statement references, the category rules and gate metrics, and lists every problem of every kind
/// as file:line:column, sorted by file and line. Exit 0 when clean, 64 when anything is wrong.
/// </summary>
internal sealed class ValidateCommand(CliConsoles consoles) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<InputError>();
        var given = ValidationInputs.CheckGatesAndConfigs(settings.Paths, errors);
        var checkedOther = settings.Paths.Length - given.Count;
        IReadOnlyList<string> paths = settings.Paths.Length == 0 ? [BundledContent.DefaultSuites(), BundledContent.DefaultGuidelines()] : given;
        var result = paths.Count > 0 ? LibraryLoader.Load(paths, settings.Guidelines ?? BundledContent.DefaultGuidelines()) : new LibraryLoadResult([], null, 0, []);
        errors.AddRange(result.Errors);
        if (errors.Count > 0)
        {
            Report.InputErrors(consoles.Error, new InputException(InputError.Sorted(errors)));
            return ExitCodes.UsageError;
        }

        // Statements are checked against their sources by a person: say which are due for that check (a warning, not an error).
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var statement in result.KnowledgeBase?.Statements ?? [])
        {
            if (statement.ReviewBy is null)
            {
                consoles.Error.MarkupLine(Markup.Escape($"{statement.Location}: warning: statement '{statement.Id}' has no review_by date; add review_by: YYYY-MM-DD."));
            }
            else if (statement.ReviewBy < today)
            {
                consoles.Error.MarkupLine(Markup.Escape($"{statement.Location}: warning: statement '{statement.Id}' was due for review by {statement.ReviewBy:yyyy-MM-dd}; check it against the latest edition of {statement.Source.Title} and move review_by on."));
            }
        }

        var scenarios = result.Suites.Sum(s => s.Scenarios.Count);
        var variants = result.Suites.Sum(s => s.Scenarios.Sum(c => c.Variants.Count));
        var statements = result.KnowledgeBase?.Statements.Count ?? 0;
        consoles.Out.MarkupLine(Markup.Escape(
            $"ok: {result.Files + checkedOther} file(s), {result.Suites.Count} suite(s), {scenarios} scenario(s) (+{variants} declared variant(s)), {statements} statement(s); no problems."));
        return ExitCodes.Passed;
    }
}
