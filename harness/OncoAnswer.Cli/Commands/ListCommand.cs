using System.Globalization;
using System.Text;
using System.Text.Json;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer list suites|scenarios|statements|generators|metrics [--json]</c>: counts per category (or kind), the
/// configured generators (secrets masked), the metric catalogue, or with --json a machine-readable listing. Keys and items are in a fixed order so the output can be diffed.
/// </summary>
internal sealed class ListCommand(CliConsoles consoles) : Command<ListSettings>
{
    public override int Execute(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.What == "statements")
        {
            var knowledgeBase = KnowledgeBaseLoader.LoadPath(settings.Guidelines ?? BundledContent.DefaultGuidelines());
            Print(settings.Json, w => ListJson.Statements(w, knowledgeBase), () => StatementCounts(knowledgeBase));
            return ExitCodes.Passed;
        }

        if (settings.What == "metrics")
        {
            Print(settings.Json, ListJson.Metrics, MetricLines);
            return ExitCodes.Passed;
        }

        if (settings.What == "generators")
        {
            var config = GeneratorSelection.LoadConfig(settings.Config);
            Print(settings.Json, w => GeneratorListing.Json(w, config), () => GeneratorListing.Lines(config));
            return ExitCodes.Passed;
        }

        IReadOnlyList<Suite> suites = SuiteFiles.Load(settings.Suites);
        if (settings.Variants)
        {
            suites = VariantGenerator.Expand(suites);
        }

        if (settings.What == "suites")
        {
            Print(settings.Json, w => ListJson.Suites(w, suites), () => SuiteCounts(suites));
        }
        else
        {
            Print(settings.Json, w => ListJson.Scenarios(w, suites), () => ScenarioCounts(suites));
        }

        return ExitCodes.Passed;
    }

    private void Print(bool json, Action<Utf8JsonWriter> writeJson, Func<IEnumerable<string>> lines)
    {
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writeJson(writer);
            }

            // Written to the underlying writer, not through markup, so brackets and long lines pass untouched.
            consoles.Out.Profile.Out.Writer.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
            return;
        }

        foreach (var line in lines())
        {
            consoles.Out.WriteLine(line);
        }
    }

    private static IEnumerable<string> MetricLines()
    {
        yield return Invariant($"{MetricCatalogue.All.Count} metrics");
        foreach (var metric in MetricCatalogue.All)
        {
            yield return Invariant($"  {metric.Id,-30} {metric.Value.ToString().ToLowerInvariant(),-8} applies to: {metric.AppliesToText}{(metric.Key ? " (key)" : "")}");
        }
    }

    private static IEnumerable<string> ScenarioCounts(IReadOnlyList<Suite> suites)
    {
        var scenarios = suites.SelectMany(s => s.Scenarios).ToList();
        var byCategory = ListJson.CountBy(scenarios, s => s.Category);
        yield return Invariant($"{scenarios.Count} scenarios in {byCategory.Count} categories ({suites.Count} suites)");
        foreach (var (category, count) in byCategory)
        {
            yield return Invariant($"  {category,-24} {count,4}");
        }
    }

    private static IEnumerable<string> SuiteCounts(IReadOnlyList<Suite> suites)
    {
        yield return Invariant($"{suites.Count} suites, {suites.Sum(s => s.Scenarios.Count)} scenarios");
        foreach (var suite in suites)
        {
            var categories = string.Join(", ", ListJson.CountBy(suite.Scenarios, s => s.Category).Select(c => Invariant($"{c.Key} {c.Value}")));
            yield return Invariant($"  {suite.Name,-28} {suite.Scenarios.Count,4}  ({categories})");
        }
    }

    private static IEnumerable<string> StatementCounts(KnowledgeBase knowledgeBase)
    {
        var byKind = ListJson.CountBy(knowledgeBase.Statements, s => ListJson.KindName(s.Kind));
        var byTopic = ListJson.CountBy(knowledgeBase.Statements, ListJson.Topic);
        yield return Invariant($"{knowledgeBase.Statements.Count} statements ({string.Join(", ", byKind.Select(k => Invariant($"{k.Value} {k.Key}")))}) in {byTopic.Count} topics");
        foreach (var (topic, count) in byTopic)
        {
            yield return Invariant($"  {topic,-24} {count,4}");
        }

        yield return "";
        foreach (var s in knowledgeBase.Statements)
        {
            yield return Invariant($"{s.Id}  [{ListJson.KindName(s.Kind)}]  {s.Text}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
