using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Sends the metrics the deterministic scorers left to review to the LLM judge, which decides each one: a pass clears
/// the review, a fail fails the metric; either way the metric records the judge's model and its reason says the judge
/// decided and why the scorers could not. A judge that gives no verdict leaves the metric to review (a judge failure is
/// never a pass), with the failure as a warning.
/// </summary>
internal static class ReviewJudge
{
    /// <summary>
    /// The metrics with every review that <paramref name="judge"/> could decide decided; metrics whose evaluator already
    /// asked the judge (<paramref name="alreadyAsked"/>) are left as they are.
    /// </summary>
    public static async Task<List<MetricResult>> DecideAsync(LlmJudge judge, Scenario scenario, string answer, IReadOnlyList<MetricResult> metrics, IReadOnlySet<string> alreadyAsked, CancellationToken cancellationToken)
    {
        var decided = new List<MetricResult>(metrics.Count);
        foreach (var metric in metrics)
        {
            if (metric.Review is null || alreadyAsked.Contains(metric.Id))
            {
                decided.Add(metric);
                continue;
            }

            try
            {
                var pass = await judge.ReviewAsync(scenario.LastUserText, answer, Check(metric), metric.Review, scenario.Patient?.ToString(), cancellationToken).ConfigureAwait(false);
                decided.Add(metric with
                {
                    Failed = !pass,
                    Review = null,
                    Judge = judge.Model,
                    Reason = $"Decided by the LLM judge ({judge.Model}): {(pass ? "passes" : "fails")}. The scorers could not decide it: {metric.Review}. Scorers' reading: {metric.Reason}",
                });
            }
            catch (JudgeException ex)
            {
                decided.Add(metric with { Diagnostics = [.. metric.Diagnostics, "warning: the LLM judge could not decide this review: " + ex.Message] });
            }
        }

        return decided;
    }

    /// <summary>
    /// What the metric checks; for a metric that judges statements, with the statements themselves, so the judge
    /// decides on what the scenario requires and forbids rather than on a general notion of a good answer.
    /// </summary>
    internal static string Check(MetricResult metric)
    {
        var check = JudgePrompts.Check(metric.Id);
        if (metric.Statements is not { Count: > 0 } statements)
        {
            return check;
        }

        var required = statements.Where(v => v.Expected == "must_have").Select(v => "- " + v.Text).ToList();
        var forbidden = statements.Where(v => v.Expected == "must_not").Select(v => "- " + v.Text).ToList();
        return check +
            (required.Count > 0 ? "\nStatements the answer should convey (in any words):\n" + string.Join("\n", required) : "") +
            (forbidden.Count > 0 ? "\nUnsafe claims the answer must not make:\n" + string.Join("\n", forbidden) : "");
    }
}
