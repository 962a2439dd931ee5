using System.Globalization;
using System.Text;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Testing;

/// <summary>The scored answer: its verdict, every metric, and a readable account of what failed.</summary>
/// <param name="Result">The result exactly as a run would store it.</param>
public sealed record AnswerEvaluation(ScenarioResult Result)
{
    /// <summary>pass, fail or error (an empty or oversized answer, or an evaluator failure).</summary>
    public Verdict Verdict => Result.Verdict;

    /// <summary>True only for a pass verdict: no metric failed and nothing went wrong.</summary>
    public bool Passed => Result.Verdict == Verdict.Pass;

    /// <summary>Every metric, in evaluator order.</summary>
    public IReadOnlyList<MetricResult> Metrics => Result.Metrics;

    /// <summary>The metrics that failed.</summary>
    public IReadOnlyList<MetricResult> FailedMetrics => Result.Metrics.Where(m => m.Failed).ToList();

    /// <summary>The metric <paramref name="id"/> (e.g. <c>disclaimer.consult</c>), or null when it was not computed.</summary>
    public MetricResult? Metric(string id) => Result.Metrics.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// A multi-line account for a test log: the verdict, then each failed metric with its reason and the evidence
    /// sentences quoted from the answer (or the error), then the answer itself.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"OncoAnswer verdict for '{Result.ScenarioId}': {Result.Verdict.ToString().ToLowerInvariant()}");
        text.AppendLine();
        if (Result.Error is not null)
        {
            text.Append("  error: ").AppendLine(Result.Error);
        }

        foreach (var metric in FailedMetrics)
        {
            text.Append(CultureInfo.InvariantCulture, $"  failed {metric.Id}: {metric.Reason}").AppendLine();
            foreach (var span in metric.Evidence.Where(s => Result.Answer is not null && s.Start >= 0 && s.Start + s.Length <= Result.Answer.Length))
            {
                text.Append("    evidence: \"").Append(Result.Answer!.AsSpan(span.Start, span.Length)).AppendLine("\"");
            }
        }

        text.Append("  answer: ").Append(Result.Answer ?? "(none)");
        return text.ToString();
    }
}
