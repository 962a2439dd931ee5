using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>Builds metrics the OncoAnswer way: a value, a failed flag, a reason, evidence spans, and the analysis notes as warnings.</summary>
internal static class Metrics
{
    /// <summary>The reason (and interpretation reason) of a metric that does not apply to the scenario.</summary>
    public const string NotApplicableReason = "not applicable";

    /// <summary>Metadata key saying why a metric does not apply.</summary>
    public const string WhyNotApplicableKey = "oncoanswer.not-applicable";

    /// <summary>
    /// Metadata key saying why the scorers could not decide a metric with confidence; a metric carrying it makes the
    /// scenario's verdict <c>review</c> (never a pass) unless another metric failed.
    /// </summary>
    public const string ReviewKey = "oncoanswer.review";

    /// <summary>Marks <paramref name="metric"/> as undecided: a person (or the judge) must look at it, for <paramref name="why"/>.</summary>
    public static void MarkReview(EvaluationMetric metric, string why)
    {
        ArgumentNullException.ThrowIfNull(metric);
        metric.AddOrUpdateMetadata(ReviewKey, why);
    }

    /// <summary>
    /// Metadata key saying the LLM judge was already asked about this metric by its evaluator and gave no verdict, so
    /// the runner does not send the metric to the judge again.
    /// </summary>
    public const string JudgeTriedKey = "oncoanswer.judge-tried";

    /// <summary>Records that the judge was asked about <paramref name="metric"/> and could not decide it.</summary>
    public static void MarkJudgeTried(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        metric.AddOrUpdateMetadata(JudgeTriedKey, "true");
    }

    /// <summary>Whether the judge was already asked about <paramref name="metric"/> (see <see cref="JudgeTriedKey"/>).</summary>
    public static bool JudgeTried(EvaluationMetric metric) =>
        metric.Metadata is { } metadata && metadata.ContainsKey(JudgeTriedKey);

    /// <summary>Why <paramref name="metric"/> was marked for review, or null when it was decided.</summary>
    public static string? ReviewReason(EvaluationMetric metric) =>
        metric.Metadata is { } metadata && metadata.TryGetValue(ReviewKey, out var why) ? why : null;

    public static BooleanMetric Boolean(string name, bool value, bool failed, string reason, IEnumerable<TextSpan> evidence, AnswerAnalysis analysis)
    {
        var metric = new BooleanMetric(name, value, reason)
        {
            Interpretation = new EvaluationMetricInterpretation(failed ? EvaluationRating.Unacceptable : EvaluationRating.Good, failed, reason),
        };
        MetricEvidence.Set(metric, evidence);
        AddNotes(metric, analysis);
        return metric;
    }

    public static BooleanMetric NotApplicable(string name, string why, AnswerAnalysis analysis) =>
        NotApplicable(new BooleanMetric(name, null, NotApplicableReason), why, analysis);

    /// <summary>Makes <paramref name="metric"/> (created without a value) the result of a metric that does not apply, for <paramref name="why"/>.</summary>
    public static T NotApplicable<T>(T metric, string why, AnswerAnalysis analysis)
        where T : EvaluationMetric
    {
        metric.Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: false, NotApplicableReason);
        metric.AddOrUpdateMetadata(WhyNotApplicableKey, why);
        MetricEvidence.Set(metric, []);
        AddNotes(metric, analysis);
        return metric;
    }

    /// <summary>Adds what the analysis had to work around as warnings, so a reviewer sees them on every metric.</summary>
    public static void AddNotes(EvaluationMetric metric, AnswerAnalysis analysis)
    {
        var notes = analysis.Notes;
        for (var i = 0; i < notes.Count; i++)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Warning(notes[i]));
        }
    }
}
