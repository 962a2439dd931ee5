using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer import csv FILE --suite NAME</c>: reads scenario rows with CsvHelper, checks them (row and column
/// named in every error) and writes a YAML suite that <c>run</c> and <c>validate</c> read.
/// </summary>
internal sealed class ImportCsvCommand(CliConsoles consoles) : Command<ImportCsvSettings>
{
    public override int Execute(CommandContext context, ImportCsvSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = settings.Suite!;
        var output = settings.Out ?? name + ".yaml";
        InputFiles.CheckConversion(settings.File, "CSV", output, settings.Force);

        var knowledgeBase = KnowledgeBaseLoader.LoadPath(settings.Guidelines ?? BundledContent.DefaultGuidelines());
        var suite = CsvSuiteReader.Read(settings.File, InputFiles.ReadText(settings.File), name, knowledgeBase, settings.Category);
        var problems = LibraryValidator.Check([suite], knowledgeBase);
        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        var yaml = SuiteYamlWriter.Write(suite, $"Imported from {Path.GetFileName(settings.File)} by 'oncoanswer import csv'.");

        // The written YAML must load back to the same suite; if it does not, that is a bug here, not in the input.
        var check = SuiteLoader.Load(output, yaml);
        if (check.Scenarios.Count != suite.Scenarios.Count)
        {
            throw new InvalidOperationException("the generated YAML does not load back to the imported scenarios.");
        }

        AtomicFile.WriteText(output, yaml);
        consoles.Out.MarkupLine(Markup.Escape($"imported {suite.Scenarios.Count} scenario(s) into suite '{suite.Name}': {output}"));
        return ExitCodes.Passed;
    }
}
