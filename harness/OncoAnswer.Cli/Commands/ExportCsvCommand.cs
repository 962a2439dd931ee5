using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer export csv</c>: writes suites as CSV, one scenario per row (columns: see README).</summary>
internal sealed class ExportCsvCommand(CliConsoles consoles) : Command<ExportCsvSettings>
{
    public override int Execute(CommandContext context, ExportCsvSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var suites = SuiteFiles.Load(settings.Suites);
        var csv = CsvSuiteWriter.Write(suites);
        if (settings.Out is null)
        {
            consoles.Out.Profile.Out.Writer.Write(csv);
            return ExitCodes.Passed;
        }

        AtomicFile.WriteText(settings.Out, csv);
        consoles.Out.MarkupLine(Markup.Escape($"exported {suites.Sum(s => s.Scenarios.Count)} scenario(s) of {suites.Count} suite(s): {settings.Out}"));
        return ExitCodes.Passed;
    }
}
