using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Runs;

/// <summary>One scored answer: its verdict, every metric, and why it is an error when it is one.</summary>
/// <param name="Verdict">pass, fail, review or error.</param>
/// <param name="Answer">The answer as kept (an answer over the size limit is cut at the limit).</param>
/// <param name="Error">Why the verdict is an error (a non-answer, an oversized or unreadable answer, an evaluator failure); null otherwise.</param>
/// <param name="Metrics">Every metric, in evaluator order (none when the answer was not scored).</param>
public sealed record AnswerScore(Verdict Verdict, string Answer, string? Error, IReadOnlyList<MetricResult> Metrics)
{
    /// <summary>True only for a pass verdict: every metric was decided, none failed and nothing went wrong.</summary>
    public bool Passed => Verdict == Verdict.Pass;

    /// <summary>The metric <paramref name="id"/>, or null when it was not computed.</summary>
    public MetricResult? Metric(string id) => Metrics.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>The result a run stores for this score of <paramref name="scenario"/> in <paramref name="suite"/> by <paramref name="generator"/>.</summary>
    internal ScenarioResult ToResult(Scenario scenario, string suite, string generator) =>
        new(scenario.Id, suite, scenario.Category, scenario.Tags, scenario.Patient, scenario.Expect, generator, Verdict, scenario.Turns,
            ControlCharacters.Visible(Answer), Error is null ? null : ControlCharacters.Visible(Error), Metrics);
}
