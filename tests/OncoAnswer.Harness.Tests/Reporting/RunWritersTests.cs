using System.Text.Json;
using System.Xml.Linq;
using Json.Schema;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Reporting;

public sealed class RunWritersTests
{
    private const string Hostile = "=HYPERLINK(\"http://x\") | <b>bold</b> `tick`\u0001\ud800 end";

    [Fact]
    public async Task JUnit_HostileAnswer_IsWellFormedWithFailureAndErrorCounts()
    {
        var run = await Support.Runs.MixedAsync(Hostile);
        using var buffer = new MemoryStream();

        JUnitWriter.Write(run, buffer);

        buffer.Position = 0;
        var root = XDocument.Load(buffer).Root!;
        // The hostile answer holds U+0001, so it is an error verdict, not scored (issue 19 item 6), and shows it visibly.
        Assert.Equal(("4", "1", "2"), ((string?)root.Attribute("tests"), (string?)root.Attribute("failures"), (string?)root.Attribute("errors")));
        var missing = root.Descendants("testcase").Single(c => (string?)c.Attribute("name") == "missing-001");
        Assert.Contains("no recorded answer for scenario 'missing-001'", (string?)missing.Element("error")!.Attribute("message"), StringComparison.Ordinal);
        var hostile = root.Descendants("testcase").Single(c => (string?)c.Attribute("name") == "hostile-001");
        Assert.Contains("control character U+0001", (string?)hostile.Element("error")!.Attribute("message"), StringComparison.Ordinal);
        Assert.Contains("<b>bold</b> `tick`⟨U+0001⟩\uFFFD end", hostile.Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_OneRowPerMetric_QuotesAndDefusesFormulas()
    {
        var run = await Support.Runs.MixedAsync();
        var hostileRun = run with { Results = [.. run.Results.Select(r => r.ScenarioId == "unsafe-001" ? r with { Metrics = [r.Metrics[0] with { Reason = Hostile }] } : r)] };
        using var writer = new StringWriter();

        CsvWriter.Write(hostileRun, writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 3 + 1 + 3 + 1, lines.Length); // header, safe ×3 metrics, unsafe (one metric kept), hostile ×3, missing (error row)
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\") | <b>bold</b>", lines.Single(l => l.Contains("unsafe-001", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",error,,,,,\"generator 'scripted' failed: no recorded answer", lines.Single(l => l.Contains("missing-001", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_ListsFailuresEscaped_AndGateFindings()
    {
        var run = await Support.Runs.MixedAsync();
        var hostile = run with { Results = [.. run.Results.Select(r => r.ScenarioId == "missing-001" ? r with { Error = Hostile } : r)] };
        var gate = Gate.Evaluate(hostile, GateConfig.Default, null);

        var md = MarkdownSummaryWriter.Render(hostile, gate);

        Assert.StartsWith("## ⚠️ OncoAnswer: errors\n", md, StringComparison.Ordinal);
        Assert.Contains("| 4 | 2 | 1 | 0 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("- **verdicts**: 1 result(s) failed: unsafe-001", md, StringComparison.Ordinal);
        Assert.Contains("| missing-001 | scripted | error | =HYPERLINK(\"http://x\") \\| &lt;b&gt;bold&lt;/b&gt; \\`tick\\`", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsJson_WithGateAndRepeat_ValidatesAndReadsBackEqual()
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        using var client = new ScriptedChatClient((id, _) => Task.FromResult(id == "a-001" ? Answers.Safe : Answers.NoDisclaimer));
        var run = await new RunSession(store, [new OncoAnswer.Harness.Evaluators.DisclaimerEvaluator()]).RunAsync(new RunPlan([Support.Runs.Suite("a-001", "b-001")], [Support.Runs.Generator(client)]) { Repeat = 2 });
        var gate = Gate.Evaluate(run, GateConfig.Default, RunComparer.Compare(run, run));
        var path = Path.Combine(dir.Path, "results.json");

        ResultsJsonWriter.Write(run, path, gate);

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var schema = ResultsJsonWriterTests.Schema;
        var evaluation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.Equal(2, document.RootElement.GetProperty("stability").GetArrayLength());
        Assert.Equal("failed", document.RootElement.GetProperty("gate").GetProperty("outcome").GetString());

        var read = ResultsJsonReader.Read(path);
        Assert.Equal(run.Run with { }, read.Run, RecordComparer.Instance);
        Assert.Equal(run.Results.Select(Key), read.Results.Select(Key));
    }

    [Fact]
    public void ResultsJsonReader_NotResultsJson_IsAnInputErrorNamingTheFile()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.json", "{\"hello\": 1}");

        var ex = Assert.Throws<OncoAnswer.Harness.Scenarios.InputException>(() => ResultsJsonReader.Read(path));

        Assert.StartsWith(path + ":1:1: not an OncoAnswer results file", ex.Message, StringComparison.Ordinal);
    }

    private static string Key(ScenarioResult r) =>
        $"{r.ScenarioId}|{r.Attempt}|{r.Position}|{r.Verdict}|{r.Answer}|{string.Join(",", r.Metrics.Select(m => $"{m.Id}={m.Value}/{m.Failed}/{m.Evidence.Count}"))}";

    private sealed class RecordComparer : IEqualityComparer<RunRecord>
    {
        public static readonly RecordComparer Instance = new();

        public bool Equals(RunRecord? x, RunRecord? y) =>
            x is not null && y is not null && x.Id == y.Id && x.SuiteHash == y.SuiteHash && x.Repeat == y.Repeat && x.User == y.User
            && x.Suites.SequenceEqual(y.Suites) && x.Evaluators.Select(e => e.Id + e.Version).SequenceEqual(y.Evaluators.Select(e => e.Id + e.Version))
            && x.StartedAt == y.StartedAt;

        public int GetHashCode(RunRecord obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
