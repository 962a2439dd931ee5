using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class GateTests
{
    [Fact]
    public void Default_AnyFailedVerdictFails_AnyErrorIsErrors_CancelledWins()
    {
        Assert.Equal(GateOutcome.Passed, Gate.Evaluate(Run(Result("a", Verdict.Pass))));
        Assert.Equal(GateOutcome.Failed, Gate.Evaluate(Run(Result("a", Verdict.Pass), Result("b", Verdict.Fail))));
        Assert.Equal(GateOutcome.Errors, Gate.Evaluate(Run(Result("a", Verdict.Fail), Result("b", Verdict.Error))));
        var cancelled = Run(Result("a", Verdict.Error));
        Assert.Equal(GateOutcome.Cancelled, Gate.Evaluate(cancelled with { Run = cancelled.Run with { Cancelled = true } }));
    }

    [Fact]
    public void Thresholds_CheckAnyMetricIdByPassRateOrNumericBounds()
    {
        var run = Run(
            Result("a", Verdict.Pass, Metric("disclaimer", true), Metric("faithfulness.coverage", 0.9), Metric("faithfulness.contradictions", 0.0)),
            Result("b", Verdict.Pass, Metric("disclaimer", true), Metric("faithfulness.coverage", 0.7), Metric("faithfulness.contradictions", 1.0)),
            Result("c", Verdict.Fail, Metric("disclaimer", false, failed: true), Metric("faithfulness.coverage", 0.95), Metric("faithfulness.contradictions", 0.0)));
        var config = GateConfigLoader.Load("gate.yaml", """
            fail_on_failed_scenarios: false
            thresholds:
              - metric: disclaimer
                pass_rate: 100%
              - metric: faithfulness.coverage
                min: 0.8
              - metric: faithfulness.contradictions
                max: 0
              - metric: faithfulness.coverage
                mean_min: 0.8
            """);

        var report = Gate.Evaluate(run, config, null);

        Assert.Equal(GateOutcome.Failed, report.Outcome);
        Assert.Equal(
            [
                "disclaimer: pass rate 66.7% (2/3) is below 100.0%; failed in c",
                "faithfulness.coverage: b has 0.7, below the minimum 0.8",
                "faithfulness.contradictions: b has 1, above the maximum 0",
            ],
            report.Findings.Select(f => f.Message));
    }

    [Fact]
    public void Thresholds_PerCategory_OnlyCountThatCategory_AndAMissingMetricFails()
    {
        var run = Run(Result("a", Verdict.Fail, Metric("disclaimer", false, failed: true)) with { Category = "lifestyle" }, Result("b", Verdict.Pass, Metric("disclaimer", true)));
        var config = new GateConfig
        {
            FailOnFailedScenarios = false,
            Thresholds = [new MetricThreshold("disclaimer", default) { Category = "guideline-question", PassRate = 1 }],
        };
        Assert.Equal(GateOutcome.Passed, Gate.Evaluate(run, config, null).Outcome);

        var typo = config with { Thresholds = [new MetricThreshold("disclaimer.consul", new SourceLocation("gate.yaml", 3, 5)) { PassRate = 1 }] };
        var report = Gate.Evaluate(run, typo, null);
        Assert.Equal(GateOutcome.Failed, report.Outcome);
        Assert.Contains("no result has this metric", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_RegressionFailsTheGate_ImprovementsAreListed()
    {
        var baseline = Run(Result("a", Verdict.Pass), Result("b", Verdict.Fail));
        var candidate = Run(Result("a", Verdict.Fail, Metric("disclaimer", false, failed: true)), Result("b", Verdict.Pass));
        var config = new GateConfig { FailOnFailedScenarios = false };

        var report = Gate.Evaluate(candidate, config, RunComparer.Compare(baseline, candidate));

        Assert.Equal(GateOutcome.Failed, report.Outcome);
        Assert.Equal("a (g): pass → fail: disclaimer: why", Assert.Single(report.Findings).Message);
        Assert.Equal("b", Assert.Single(report.Baseline!.Improvements).ScenarioId);
    }

    [Fact]
    public void Compare_ListsRegressionsImprovementsUnchangedNewAndRemoved_PerScenarioAndMetric()
    {
        var baseline = Run(Result("same", Verdict.Pass, Metric("m", true)), Result("worse", Verdict.Pass, Metric("m", true)), Result("gone", Verdict.Pass));
        var candidate = Run(Result("same", Verdict.Pass, Metric("m", true)), Result("worse", Verdict.Error), Result("added", Verdict.Pass)) with { };

        var c = RunComparer.Compare(baseline, candidate);

        Assert.Equal((1, 0, 1, 1, 1), (c.Count(ChangeKind.Regression), c.Count(ChangeKind.Improvement), c.Count(ChangeKind.Unchanged), c.Count(ChangeKind.New), c.Count(ChangeKind.Removed)));
        Assert.Equal("worse", Assert.Single(c.Regressions).ScenarioId);
        Assert.Contains(c.Metrics, m => m is { ScenarioId: "worse", Metric: "m", Kind: ChangeKind.Removed });
        Assert.Contains(c.Metrics, m => m is { ScenarioId: "same", Metric: "m", Kind: ChangeKind.Unchanged });
        Assert.True(c.HasRegressions);
    }

    [Fact]
    public void ConfigLoader_BadInput_ReportsEveryErrorWithFileLineAndColumn()
    {
        var ex = Assert.Throws<InputException>(() => GateConfigLoader.Load("gate.yaml", """
            fail_on_failed_scenarios: maybe
            thresholds:
              - metric: disclaimer
                pass_rate: 120%
              - metric: faithfulness.coverage
                mni: 0.8
              - metric: x
                max: lots
            """));

        Assert.Equal(
            [
                "gate.yaml:1:27: 'fail_on_failed_scenarios' must be true or false, not 'maybe'.",
                "gate.yaml:4:16: 'pass_rate' must be between 0 and 1 (or 0% and 100%).",
                "gate.yaml:5:5: the threshold on 'faithfulness.coverage' sets no limit; add pass_rate, min, max, mean_min or mean_max.",
                "gate.yaml:6:5: unknown key 'mni' in a threshold; did you mean 'min'? Allowed keys: metric, category, pass_rate, min, max, mean_min, mean_max.",
                "gate.yaml:7:13: unknown metric 'x'. Metrics: " + string.Join(", ", GateMetrics.Known) + ".",
                "gate.yaml:8:10: 'max' must be a number, not 'lots'.",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ConfigLoader_MisspeltMetricAndOutOfRangeShare_AreFoundWhenTheFileLoads()
    {
        var ex = Assert.Throws<InputException>(() => GateConfigLoader.Load("gate.yaml", """
            thresholds:
              - metric: faithfulness.coverag
                min: 0.8
              - metric: faithfulness.coverage
                min: 1.5
                mean_max: -0.1
              - metric: faithfulness.contradictions
                max: 2
            """));

        Assert.Equal(
            [
                "gate.yaml:2:13: unknown metric 'faithfulness.coverag'; did you mean 'faithfulness.coverage'? Metrics: " + string.Join(", ", GateMetrics.Known) + ".",
                "gate.yaml:5:10: 'min' of 'faithfulness.coverage' must be between 0 and 1 (the metric is a share), not 1.5.",
                "gate.yaml:6:15: 'mean_max' of 'faithfulness.coverage' must be between 0 and 1 (the metric is a share), not -0.1.",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void GateMetrics_AreEveryMetricTheDefaultEvaluatorsReport() =>
        Assert.Equal(DefaultEvaluators.Create().SelectMany(e => e.EvaluationMetricNames).Order(StringComparer.Ordinal), GateMetrics.Known.Order(StringComparer.Ordinal));

    internal static RunResult Run(params ScenarioResult[] results) =>
        new(new RunRecord("20260101T000000Z-000000", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, ["s"], ["g"], "0", false), results.Length, results);

    internal static ScenarioResult Result(string id, Verdict verdict, params MetricResult[] metrics) =>
        new(id, "s", "guideline-question", [], null, Expectations.Default, "g", verdict, [new Turn(TurnRole.User, "q")], verdict == Verdict.Error ? null : "answer", verdict == Verdict.Error ? "boom" : null, metrics);

    internal static MetricResult Metric(string id, object value, bool failed = false) => new(id, value, failed, failed ? "why" : "ok", Array.Empty<TextSpan>(), []);
}
