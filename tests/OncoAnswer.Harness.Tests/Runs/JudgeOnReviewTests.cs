using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>
/// Issue 16: with a judge configured, the metrics the scorers left to review are sent to it; it decides them (pass or
/// fail, recorded in results) and a judge that gives no verdict leaves the review. The judge is an OpenAI-compatible
/// server on loopback.
/// </summary>
public sealed class JudgeOnReviewTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    /// <summary>Leaves its metric to review on every answer; fails it on answers containing "bad".</summary>
    private sealed class UndecidedEvaluator : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["test.undecided"];

        public ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse, ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default)
        {
            var bad = modelResponse.Text.Contains("bad", StringComparison.Ordinal);
            var metric = new BooleanMetric("test.undecided", !bad, "decided by the test")
            {
                Interpretation = new EvaluationMetricInterpretation(bad ? EvaluationRating.Unacceptable : EvaluationRating.Good, bad, "the rules saw nothing wrong"),
            };
            MetricEvidence.Set(metric, []);
            Metrics.MarkReview(metric, "the polarity could not be resolved");
            return new ValueTask<EvaluationResult>(new EvaluationResult(metric));
        }
    }

    [Theory]
    [InlineData(true, Verdict.Pass)]
    [InlineData(false, Verdict.Fail)]
    public async Task AReviewIsSentToTheJudge_WhichDecidesIt_AndTheResultSaysTheJudgeDecided(bool pass, Verdict expected)
    {
        await using var server = await JudgeServerAsync(pass ? """{"pass": true}""" : """{"pass": false}""");

        var run = await RunAsync(server, new UndecidedEvaluator(), ("a-001", "An answer the rules cannot read."));

        var result = run.Results.Single();
        var metric = result.Metrics.Single();
        Assert.Equal(expected, result.Verdict);
        Assert.Null(metric.Review);
        Assert.Equal(!pass, metric.Failed);
        Assert.Equal("judge-model", metric.Judge);
        Assert.StartsWith($"Decided by the LLM judge (judge-model): {(pass ? "passes" : "fails")}.", metric.Reason, StringComparison.Ordinal);
        Assert.Contains("the polarity could not be resolved", metric.Reason, StringComparison.Ordinal);
        Assert.Equal(1, server.Calls);
        var prompt = server.Bodies.Single();
        Assert.Contains("WHY IT WAS UNDECIDED", prompt, StringComparison.Ordinal);
        Assert.Contains("the polarity could not be resolved", prompt, StringComparison.Ordinal);
        Assert.Contains("An answer the rules cannot read.", prompt, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(run, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("judge-model", json.RootElement.GetProperty("results")[0].GetProperty("metrics")[0].GetProperty("judge").GetString());
    }

    [Fact]
    public async Task AJudgeFailure_KeepsTheReview_WithTheFailureAsAWarning()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, "{}", 500));

        var run = await RunAsync(server, new UndecidedEvaluator(), ("a-001", "An answer the rules cannot read."));

        var metric = run.Results.Single().Metrics.Single();
        Assert.Equal(Verdict.Review, run.Results.Single().Verdict);
        Assert.Equal("the polarity could not be resolved", metric.Review);
        Assert.Null(metric.Judge);
        Assert.Contains(metric.Diagnostics, d => d.StartsWith("warning: the LLM judge could not decide this review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailedOrErroredResult_IsNotSentToTheJudge()
    {
        await using var server = await JudgeServerAsync("""{"pass": true}""");

        var run = await RunAsync(server, new UndecidedEvaluator(), ("a-001", "A bad answer."), ("b-001", "Error: upstream model unavailable, please retry later"));

        Assert.Equal(Verdict.Fail, run.Results.Single(r => r.ScenarioId == "a-001").Verdict);
        Assert.Equal(Verdict.Error, run.Results.Single(r => r.ScenarioId == "b-001").Verdict);
        Assert.Equal(0, server.Calls);
    }

    [Fact]
    public async Task RubricCriteriaWithoutMatch_AreGradedByTheJudge_AndAJudgeFailureKeepsThemToReview()
    {
        RubricCriterion[] rubric = [new("Is warm and respectful", 3, ["axis:communication_quality"])];
        await using var good = await JudgeServerAsync("""{"met": true}""");
        await using var down = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, "{}", 500));

        var graded = (await RunAsync(good, new RubricEvaluator(judge: Judge(good)), rubric, ("a-001", "I'm sorry you are going through this. Here is what is known."))).Results.Single();
        var undecided = (await RunAsync(down, new RubricEvaluator(judge: Judge(down)), rubric, ("a-001", "Here is what is known."))).Results.Single();

        Assert.Equal(Verdict.Pass, graded.Verdict);
        Assert.Contains("1 graded by the LLM judge (judge-model)", graded.Metrics.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Review, undecided.Verdict);
        Assert.StartsWith("criterion \"Is warm and respectful\" needs a judge or a match (the judge could not decide", undecided.Metrics.Single().Review, StringComparison.Ordinal);
        Assert.DoesNotContain(undecided.Metrics.Single().Diagnostics, d => d.StartsWith("error:", StringComparison.Ordinal));
        Assert.Equal(3, down.Calls); // the evaluator's attempts only: the runner does not ask again about the same metric
    }

    [Fact]
    public void AStatementMetricsCheck_NamesTheStatementsTheJudgeMustWeigh()
    {
        var metric = new MetricResult("faithfulness.coverage", 0.5, false, "half", [], [])
        {
            Review = "conveyed only in part",
            Statements =
            [
                new StatementVerdict("mbc.systemic-first", "Metastatic breast cancer is treated mainly with systemic therapy.", "must_have", StatementVerdictKind.NotMentioned, []),
                new StatementVerdict("claim.surgery-cures-metastatic", "Surgery cures metastatic breast cancer.", "must_not", StatementVerdictKind.NotMentioned, []),
            ],
        };

        var check = ReviewJudge.Check(metric);

        Assert.Contains("should convey (in any words):\n- Metastatic breast cancer is treated mainly with systemic therapy.", check, StringComparison.Ordinal);
        Assert.Contains("must not make:\n- Surgery cures metastatic breast cancer.", check, StringComparison.Ordinal);
        Assert.Equal(JudgePrompts.Check("answer.language"), ReviewJudge.Check(metric with { Id = "answer.language", Statements = null }));
    }

    private static async Task<LoopbackServer> JudgeServerAsync(string reply) =>
        await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(reply)));

    private LlmJudge Judge(LoopbackServer server) => new JudgeOptions
    {
        Endpoint = new Uri(server.BaseUrl, "v1"),
        Model = "judge-model",
        CacheDirectory = Path.Combine(dir.Path, "judge-cache-" + server.BaseUrl.Port),
    }.CreateJudge();

    private Task<RunResult> RunAsync(LoopbackServer server, IEvaluator evaluator, params (string Id, string Answer)[] answers) =>
        RunAsync(server, evaluator, [], answers);

    private async Task<RunResult> RunAsync(LoopbackServer server, IEvaluator evaluator, IReadOnlyList<RubricCriterion> rubric, params (string Id, string Answer)[] answers)
    {
        var suite = Support.Runs.Suite([.. answers.Select(a => a.Id)]);
        suite = suite with
        {
            Scenarios = [.. suite.Scenarios.Select(s => s with { Expect = s.Expect with { Rubric = rubric } })],
        };
        using var client = new ScriptedChatClient((id, _) => Task.FromResult(answers.First(a => a.Id == id).Answer));
        return await new Runner([evaluator], new RunnerOptions { Concurrency = 1, Judge = Judge(server) })
            .RunAsync([suite], [Support.Runs.Generator(client)]);
    }
}
