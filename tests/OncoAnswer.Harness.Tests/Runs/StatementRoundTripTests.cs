using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>
/// The per-statement verdicts of faithfulness.coverage survive every way a run is kept: the run store and the results
/// JSON read back (so `report RUN_ID`, baselines and compare see what the run saw).
/// </summary>
public sealed class StatementRoundTripTests
{
    private static readonly StatementVerdict[] Verdicts =
    [
        new("mbc.systemic-first", "Metastatic breast cancer is treated mainly with systemic therapy.", "must_have", StatementVerdictKind.Entailed, [new TextSpan(3, 40)]),
        new("claim.surgery-cures-metastatic", "Surgery on the metastases cures metastatic breast cancer.", "must_not", StatementVerdictKind.Contradicted, [], Judge: true),
    ];

    [Fact]
    public void Metadata_IsTheJsonEarlierVersionsWrote_HostileTextIncluded()
    {
        // Runs stored by earlier versions were written with JsonSerializer; the hand-written form must be the same bytes.
        StatementVerdict[] verdicts =
        [
            .. Verdicts,
            new("x.hostile", "He said \"<script>alert('x')</script>\" & left: 5–10 mg, naïve 🙂\n\u0001", "knowledge-base", StatementVerdictKind.NotMentioned, [new TextSpan(0, 1), new TextSpan(7, 2)]),
        ];
        var metric = new Microsoft.Extensions.AI.Evaluation.NumericMetric("m", 1);

        StatementVerdicts.Set(metric, verdicts);

        var expected = System.Text.Json.JsonSerializer.Serialize(verdicts.Select(v => new { v.Id, v.Text, v.Expected, Verdict = v.VerdictName, Evidence = v.Evidence.Select(e => new[] { e.Start, e.Length }).ToArray(), v.Judge }).ToList());
        Assert.Equal(expected, metric.Metadata![StatementVerdicts.Key]);
        Assert.Equal(verdicts.Select(v => (v.Id, v.Text, v.Verdict, v.Judge)), StatementVerdicts.Get(metric)!.Select(v => (v.Id, v.Text, v.Verdict, v.Judge)));
    }

    [Fact]
    public async Task Store_KeepsStatementVerdicts()
    {
        using var dir = new TempDir();
        var run = await RunWithStatementsAsync();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        store.BeginRun(run.Run, run.Planned);
        store.Append(run.Run.Id, run.Results[0]);
        store.FinishRun(run.Run);

        var read = store.ReadResults(run.Run.Id).Single();

        AssertSame(read);
    }

    [Fact]
    public async Task ResultsJson_ReadBack_KeepsStatementVerdicts()
    {
        using var dir = new TempDir();
        var run = await RunWithStatementsAsync();
        var path = Path.Combine(dir.Path, "results.json");
        ResultsJsonWriter.Write(run, path);

        var read = ResultsJsonReader.Read(path).Results.Single();

        AssertSame(read);
    }

    private static void AssertSame(ScenarioResult read)
    {
        var coverage = read.Metrics.Single(m => m.Id == "faithfulness.coverage");
        Assert.NotNull(coverage.Statements);
        Assert.Equal(Verdicts.Length, coverage.Statements!.Count);
        for (var i = 0; i < Verdicts.Length; i++)
        {
            Assert.Equal(Verdicts[i].Id, coverage.Statements[i].Id);
            Assert.Equal(Verdicts[i].Text, coverage.Statements[i].Text);
            Assert.Equal(Verdicts[i].Expected, coverage.Statements[i].Expected);
            Assert.Equal(Verdicts[i].Verdict, coverage.Statements[i].Verdict);
            Assert.Equal(Verdicts[i].Evidence, coverage.Statements[i].Evidence);
            Assert.Equal(Verdicts[i].Judge, coverage.Statements[i].Judge);
        }
    }

    private static async Task<RunResult> RunWithStatementsAsync()
    {
        using var client = new ScriptedChatClient((_, _) => Task.FromResult(Answers.Safe));
        var run = await Support.Runs.RunAsync(Support.Runs.Suite("safe-001"), client);
        var result = run.Results[0];
        var coverage = new MetricResult("faithfulness.coverage", 0.5, false, "1 of 2 must-have statements entailed.", [], []) { Statements = Verdicts };
        return run with { Results = [result with { Metrics = [.. result.Metrics, coverage] }] };
    }
}
