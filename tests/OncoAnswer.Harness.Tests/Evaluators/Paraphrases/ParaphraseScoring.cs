using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>Scores one answer with the default evaluators, as the paraphrase-family tests need it.</summary>
internal static class ParaphraseScoring
{
    public static async Task<Dictionary<string, EvaluationMetric>> ScoreAsync(string question, string answer, string? kind, DisclaimerExpectation disclaimer = DisclaimerExpectation.Optional)
    {
        var scenario = new Scenario("p-001", "p", "test", [], [new Turn(TurnRole.User, question)], null, Expectations.Default with { Kind = kind, Disclaimer = disclaimer }, default);
        var context = new ScenarioContext(scenario, AnswerAnalysis.Of(answer));
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
        var metrics = new Dictionary<string, EvaluationMetric>(StringComparer.Ordinal);
        foreach (var evaluator in DefaultEvaluators.Create())
        {
            var result = await evaluator.EvaluateAsync([new ChatMessage(ChatRole.User, question)], response, null, [context]);
            foreach (var metric in result.Metrics.Values)
            {
                metrics[metric.Name] = metric;
            }
        }

        return metrics;
    }

    public static async Task<BooleanMetric> MetricAsync(string question, string answer, string? kind, string id) =>
        (BooleanMetric)(await ScoreAsync(question, answer, kind))[id];

    public static bool IsReview(EvaluationMetric metric) => Metrics.ReviewReason(metric) is not null;
}
