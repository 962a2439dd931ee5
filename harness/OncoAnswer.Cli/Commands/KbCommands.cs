using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer kb import FILE.csv</c>: reads a team's own statements (CsvHelper; every problem named by row and
/// column), checks their ids against the knowledge base, and writes a knowledge-base YAML file that loads back to the
/// same statements.
/// </summary>
internal sealed class KbImportCommand(CliConsoles consoles) : Command<KbImportSettings>
{
    public override int Execute(CommandContext context, KbImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var guidelines = settings.Guidelines ?? BundledContent.DefaultGuidelines();
        var output = settings.Out ?? Path.Combine(guidelines, Path.GetFileNameWithoutExtension(settings.File) + ".yaml");
        InputFiles.CheckConversion(settings.File, "CSV", output, settings.Force);

        var statements = KnowledgeBaseCsv.Read(settings.File, InputFiles.ReadText(settings.File));
        var existing = Directory.Exists(guidelines) || File.Exists(guidelines) ? KnowledgeBaseLoader.LoadPath(guidelines) : KnowledgeBase.Empty;
        var replaced = Path.GetFullPath(output);
        var clashes = statements
            .Where(s => existing.TryGet(s.Id, out var known) && Path.GetFullPath(known.Location.File) != replaced)
            .Select(s => new InputError(s.Location, $"the id '{s.Id}' is already in the knowledge base ({(existing.TryGet(s.Id, out var k) ? k.Location.ToString() : "")}); choose another id."))
            .ToList();
        if (clashes.Count > 0)
        {
            throw new InputException(clashes);
        }

        var yaml = KnowledgeBaseCsv.ToYaml(statements, $"Knowledge-base statements imported from {Path.GetFileName(settings.File)} by 'oncoanswer kb import'.");

        // The YAML must load back to the same statements; if it does not, that is a bug here, not in the input.
        var check = KnowledgeBaseLoader.Load(output, yaml);
        if (check.Statements.Count != statements.Count || check.Statements.Zip(statements).Any(p => p.First.Id != p.Second.Id || p.First.Text != p.Second.Text))
        {
            throw new InvalidOperationException("the generated YAML does not load back to the imported statements.");
        }

        AtomicFile.WriteText(output, yaml);
        consoles.Out.MarkupLine(Markup.Escape($"imported {statements.Count} statement(s): {output}"));
        return ExitCodes.Passed;
    }
}

/// <summary><c>oncoanswer kb export</c>: writes every knowledge-base statement as a CSV row (the columns <c>kb import</c> reads).</summary>
internal sealed class KbExportCommand(CliConsoles consoles) : Command<KbExportSettings>
{
    public override int Execute(CommandContext context, KbExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var knowledgeBase = KnowledgeBaseLoader.LoadPath(settings.Guidelines ?? BundledContent.DefaultGuidelines());
        var output = settings.Out ?? "statements.csv";
        AtomicFile.WriteText(output, KnowledgeBaseCsv.Write(knowledgeBase));
        consoles.Out.MarkupLine(Markup.Escape($"exported {knowledgeBase.Statements.Count} statement(s): {output}"));
        return ExitCodes.Passed;
    }
}
