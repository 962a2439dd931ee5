using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>The review verdict end to end (issue 16): runner, gate, results JSON, store, JUnit, Markdown, HTML, compare.</summary>
public sealed class ReviewVerdictTests : IDisposable
{
    private readonly TempDir dir = new();

    /// <summary>Marks its metric for review on answers containing "unsure", and fails it on answers containing "bad".</summary>
    private sealed class UndecidedEvaluator : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["test.undecided"];

        public ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse, ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default)
        {
            var text = modelResponse.Text;
            var bad = text.Contains("bad", StringComparison.Ordinal);
            var metric = new BooleanMetric("test.undecided", !bad, "decided by the test")
            {
                Interpretation = new EvaluationMetricInterpretation(bad ? EvaluationRating.Unacceptable : EvaluationRating.Good, bad, bad ? "the answer is bad" : "the answer is fine"),
            };
            MetricEvidence.Set(metric, []);
            if (text.Contains("unsure", StringComparison.Ordinal))
            {
                Metrics.MarkReview(metric, "the test could not decide");
            }

            return new ValueTask<EvaluationResult>(new EvaluationResult(metric));
        }
    }

    private static async Task<RunResult> RunAsync(params (string Id, string Answer)[] answers)
    {
        var suite = Support.Runs.Suite([.. answers.Select(a => a.Id)]);
        using var client = new ScriptedChatClient((id, _) => Task.FromResult(answers.First(a => a.Id == id).Answer));
        return await new Runner([new UndecidedEvaluator()], new RunnerOptions { Concurrency = 2 })
            .RunAsync([suite], [Support.Runs.Generator(client)]);
    }

    [Fact]
    public async Task AnUndecidedMetric_MakesTheVerdictReview_AFailWinsOverIt_AndReviewIsNeverAPass()
    {
        var run = await RunAsync(("a-001", "unsure answer"), ("b-001", "unsure and bad answer"), ("c-001", "fine answer"));

        Assert.Equal(Verdict.Review, run.Results.Single(r => r.ScenarioId == "a-001").Verdict);
        Assert.Equal(Verdict.Fail, run.Results.Single(r => r.ScenarioId == "b-001").Verdict);
        Assert.Equal(Verdict.Pass, run.Results.Single(r => r.ScenarioId == "c-001").Verdict);
        Assert.Equal((1, 1, 1, 0), (run.Passed, run.Failed, run.Reviews, run.Errors));
        Assert.Equal("the test could not decide", run.Results.Single(r => r.ScenarioId == "a-001").Metrics[0].Review);
    }

    [Fact]
    public async Task Gate_FailsOnReviewByDefault_AndItsPolicyCanAllowSome()
    {
        var run = await RunAsync(("a-001", "unsure answer"), ("c-001", "fine answer"));

        var byDefault = Gate.Evaluate(run, GateConfig.Default, null);
        var one = Gate.Evaluate(run, GateConfigLoader.Load("gate.yaml", "review: { max: 1 }"), null);
        var none = Gate.Evaluate(run, GateConfigLoader.Load("gate.yaml", "review: { max: 0 }"), null);
        var half = Gate.Evaluate(run, GateConfigLoader.Load("gate.yaml", "review: { max_share: 50% }"), null);
        var tenth = Gate.Evaluate(run, GateConfigLoader.Load("gate.yaml", "review: { max_share: 0.1 }"), null);

        Assert.Equal(GateOutcome.Failed, byDefault.Outcome);
        var finding = Assert.Single(byDefault.Findings);
        Assert.Equal("review", finding.Rule);
        Assert.Contains("a-001 (the test could not decide)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(GateOutcome.Passed, one.Outcome);
        Assert.Equal(GateOutcome.Failed, none.Outcome);
        Assert.Equal(GateOutcome.Passed, half.Outcome);
        Assert.Equal(GateOutcome.Failed, tenth.Outcome);
        Assert.Contains("at most 10%", Assert.Single(tenth.Findings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review: 3", 1)]
    [InlineData("review: { max: -1 }", 1)]
    [InlineData("review: { max_share: 1.5 }", 1)]
    [InlineData("review: { most: 2 }", 1)]
    public void GatePolicy_BadShapes_AreInputErrorsWithTheirLine(string yaml, int line)
    {
        var ex = Assert.Throws<InputException>(() => GateConfigLoader.Load("gate.yaml", yaml));

        Assert.All(ex.Errors, e => Assert.Equal(line, e.Location.Line));
    }

    [Fact]
    public async Task ResultsJson_AndTheStore_KeepTheReviewVerdictAndReason()
    {
        var run = await RunAsync(("a-001", "unsure answer"), ("c-001", "fine answer"));
        var path = Path.Combine(dir.Path, "results.json");

        ResultsJsonWriter.Write(run, path);
        var read = ResultsJsonReader.Read(path);
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        store.BeginRun(run.Run, run.Planned);
        store.AppendMany(run.Run.Id, run.Results);
        store.FinishRun(run.Run);
        var stored = store.ReadResults(run.Run.Id).ToList();

        var json = File.ReadAllText(path);
        Assert.Contains("\"schemaVersion\":2", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"reviews\":1", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(Verdict.Review, read.Results.Single(r => r.ScenarioId == "a-001").Verdict);
        Assert.Equal("the test could not decide", read.Results.Single(r => r.ScenarioId == "a-001").Metrics[0].Review);
        Assert.Equal(Verdict.Review, stored.Single(r => r.ScenarioId == "a-001").Verdict);
        Assert.Equal("the test could not decide", stored.Single(r => r.ScenarioId == "a-001").Metrics[0].Review);
        Assert.Equal(1, store.CountVerdicts(run.Run.Id).Reviews);
        Assert.Null(stored.Single(r => r.ScenarioId == "c-001").Metrics[0].Review);
    }

    [Fact]
    public async Task JUnitAndMarkdown_ShowReviewAsItsOwnKindOfFailure()
    {
        var run = await RunAsync(("a-001", "unsure answer"), ("c-001", "fine answer"));
        using var stream = new MemoryStream();

        JUnitWriter.Write(run, stream);
        var xml = Encoding.UTF8.GetString(stream.ToArray());
        var md = MarkdownSummaryWriter.Render(run);

        Assert.Contains("type=\"review\"", xml, StringComparison.Ordinal);
        Assert.Contains("message=\"review: test.undecided: the test could not decide\"", xml, StringComparison.Ordinal);
        Assert.Contains("failures=\"1\"", xml, StringComparison.Ordinal);
        Assert.Contains("| planned | passed | failed | review | errors |", md, StringComparison.Ordinal);
        Assert.Contains("| 2 | 1 | 0 | 1 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("| a-001 | scripted | review | review: test.undecided: the test could not decide |", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_PassToReviewIsARegression_AndReviewToPassAnImprovement()
    {
        var before = await RunAsync(("a-001", "fine answer"), ("c-001", "unsure answer"));
        var after = await RunAsync(("a-001", "unsure answer"), ("c-001", "fine answer"));

        var comparison = RunComparer.Compare(before, after);

        var regression = Assert.Single(comparison.Regressions);
        Assert.Equal("a-001", regression.ScenarioId);
        Assert.Equal("review", regression.After);
        Assert.StartsWith("review:", regression.Reason, StringComparison.Ordinal);
        Assert.Equal("c-001", Assert.Single(comparison.Scenarios, c => c.Kind == ChangeKind.Improvement).ScenarioId);
        Assert.Contains(comparison.Metrics, m => m.Kind == ChangeKind.Regression && m.After == "review");
    }

    [Fact]
    public async Task HtmlReport_ListsReviewCasesFirstInTheirOwnView_WithTheReason()
    {
        var run = await RunAsync(("a-001", "unsure answer"), ("c-001", "fine answer"));

        var html = new HtmlReportWriter().Render(run);

        var review = html.IndexOf("<section id=\"review\"", StringComparison.Ordinal);
        Assert.True(review >= 0, "no review view");
        Assert.True(review < html.IndexOf("<section id=\"overview\"", StringComparison.Ordinal), "the review view is not first");
        Assert.Contains("Review (1)", html, StringComparison.Ordinal);
        Assert.Contains("the test could not decide", html[review..html.IndexOf("</section>", review, StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("id=\"count-review\">1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlReport_WithoutReviews_HasNoReviewView()
    {
        var run = await RunAsync(("c-001", "fine answer"));

        Assert.DoesNotContain("<section id=\"review\"", new HtmlReportWriter().Render(run), StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
