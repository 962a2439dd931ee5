using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer validate</c>: loads suites and the knowledge base, checks schema, ids, statement references and the
/// category rules, and lists every problem as file:line:column. Exit 0 when clean, 64 when anything is wrong.
/// </summary>
internal sealed class ValidateCommand(CliConsoles consoles) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string[] paths = settings.Paths.Length > 0 ? settings.Paths : [BundledContent.DefaultSuites(), BundledContent.DefaultGuidelines()];
        var result = LibraryLoader.Load(paths, settings.Guidelines ?? BundledContent.DefaultGuidelines());
        if (result.Errors.Count > 0)
        {
            Report.InputErrors(consoles.Error, new InputException(result.Errors));
            return ExitCodes.UsageError;
        }

        var scenarios = result.Suites.Sum(s => s.Scenarios.Count);
        var variants = result.Suites.Sum(s => s.Scenarios.Sum(c => c.Variants.Count));
        var statements = result.KnowledgeBase?.Statements.Count ?? 0;
        consoles.Out.MarkupLine(Markup.Escape(
            $"ok: {result.Files} file(s), {result.Suites.Count} suite(s), {scenarios} scenario(s) (+{variants} declared variant(s)), {statements} statement(s); no problems."));
        return ExitCodes.Passed;
    }
}
