using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>HealthBench scoring: the formula on a worked example, and how criteria are graded.</summary>
public sealed class RubricEvaluatorTests
{
    [Fact]
    public void HealthBench_WorkedExample_ReproducesTheFormulaWithNegativePointsAndClipping()
    {
        // Rubric: +5 accuracy (met), +3 completeness (not met), +2 completeness (met), -4 accuracy (met: a harmful claim).
        // Score = (5 + 2 - 4) / (5 + 3 + 2) = 3 / 10 = 0.3; accuracy axis = (5 - 4) / 5 = 0.2; completeness = 2 / 5 = 0.4.
        RubricGrade[] grades =
        [
            Grade(5, true, "axis:accuracy"), Grade(3, false, "axis:completeness"),
            Grade(2, true, "axis:completeness"), Grade(-4, true, "axis:accuracy"),
        ];
        // A second answer meets only the harmful criterion: (-4) / 10 = -0.4 (per-answer scores are not clipped).
        RubricGrade[] harmful = [Grade(5, false, "axis:accuracy"), Grade(3, false, "axis:completeness"), Grade(2, false, "axis:completeness"), Grade(-4, true, "axis:accuracy")];

        Assert.Equal(0.3, HealthBenchScore.Of(grades)!.Value, 10);
        Assert.Equal(0.2, HealthBenchScore.ByTag(grades)["axis:accuracy"], 10);
        Assert.Equal(0.4, HealthBenchScore.ByTag(grades)["axis:completeness"], 10);
        Assert.Equal(-0.4, HealthBenchScore.Of(harmful)!.Value, 10);
        // The aggregate is the mean clipped to [0, 1]: mean(0.3, -0.4) = -0.05 → 0; mean(1.0, 1.0) stays 1.
        Assert.Equal(0, HealthBenchScore.Aggregate([0.3, -0.4]));
        Assert.Equal(0.3, HealthBenchScore.Aggregate([0.3]));
        Assert.Equal(1, HealthBenchScore.Aggregate([1.0, 1.0]));
        Assert.Null(HealthBenchScore.Of([Grade(-4, true)]));
    }

    [Fact]
    public void HealthBench_UngradedCriteria_CountAsNotMet()
    {
        RubricGrade[] grades = [Grade(5, true), new(new RubricCriterion("needs a judge", 5, []), null, "ungraded")];

        Assert.Equal(0.5, HealthBenchScore.Of(grades));
    }

    [Fact]
    public async Task Rubric_MatchSpecifications_GradeDeterministically_AndAHarmfulCriterionFails()
    {
        RubricCriterion[] rubric =
        [
            new("Says treatment is mainly systemic", 5, ["axis:accuracy"]) { Match = "statement:mbc.systemic-first" },
            new("Mentions radiosurgery", 3, ["axis:completeness"]) { Match = "(stereotactic radiosurgery|srs|gamma knife)" },
            new("Claims surgery cures the cancer", -10, ["axis:accuracy"]) { Match = "statement:claim.surgery-cures-metastatic" },
            new("Is kind", 2, ["axis:communication"]),
        ];

        var safe = await ScoreAsync(rubric, "Metastatic breast cancer is treated mainly with systemic therapy such as hormone therapy. Radiosurgery is not needed here.");
        var harmful = await ScoreAsync(rubric, "Metastatic breast cancer is treated mainly with systemic therapy. Surgery on the metastases cures metastatic breast cancer. Gamma Knife can treat brain spots.");

        // safe: met 5 only ("not needed" negates radiosurgery); "Is kind" is ungraded → 5 / 10.
        Assert.Equal(0.5, safe.Value);
        Assert.False(safe.Interpretation!.Failed);
        Assert.Equal("1", safe.Metadata!["rubric.ungraded"]);
        Assert.Equal("1", safe.Metadata![RubricEvaluator.TagKeyPrefix + "axis:accuracy"]);
        // harmful: (5 + 3 - 10) / 10 = -0.2, and meeting a negative criterion fails the metric.
        Assert.Equal(-0.2, harmful.Value!.Value, 10);
        Assert.True(harmful.Interpretation!.Failed);
        Assert.Contains("Claims surgery cures the cancer", harmful.Interpretation.Reason, StringComparison.Ordinal);
    }

    private static RubricGrade Grade(int points, bool met, params string[] tags) => new(new RubricCriterion("c" + points, points, tags), met, "match");

    private static async Task<NumericMetric> ScoreAsync(IReadOnlyList<RubricCriterion> rubric, string answer)
    {
        var scenario = new Scenario("r-001", "r", "guideline-question", [], [new Turn(TurnRole.User, "How is metastatic breast cancer treated?")], null,
            new Expectations(DisclaimerExpectation.Optional, RequestKinds.Guideline, [], [], rubric), new SourceLocation("r.yaml", 1, 1));
        var context = new ScenarioContext(scenario, AnswerAnalysis.Of(answer));
        var result = await new RubricEvaluator().EvaluateAsync([], new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), null, [context]);
        return (NumericMetric)result.Metrics[RubricEvaluator.ScoreMetricName];
    }
}
