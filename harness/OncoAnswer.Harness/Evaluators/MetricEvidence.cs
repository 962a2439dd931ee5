using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// Stores the evidence spans of a metric in its metadata (key <see cref="Key"/>, value "start+length;…") so that
/// evidence travels with the standard <see cref="EvaluationMetric"/> type and any IEvaluator consumer can read it.
/// </summary>
public static class MetricEvidence
{
    /// <summary>The metadata key holding the spans.</summary>
    public const string Key = "oncoanswer.evidence";

    /// <summary>Records <paramref name="spans"/> on <paramref name="metric"/>, replacing earlier evidence.</summary>
    public static void Set(EvaluationMetric metric, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(spans);
        var text = new StringBuilder();
        foreach (var span in spans.Distinct().OrderBy(s => s.Start))
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(CultureInfo.InvariantCulture, $"{span.Start}+{span.Length}");
        }

        metric.AddOrUpdateMetadata(Key, text.ToString());
    }

    /// <summary>Reads the spans recorded on <paramref name="metric"/> (empty when none).</summary>
    public static IReadOnlyList<TextSpan> Get(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Metadata is null || !metric.Metadata.TryGetValue(Key, out var text) || string.IsNullOrEmpty(text))
        {
            return [];
        }

        var spans = new List<TextSpan>();
        foreach (var part in text.Split(';'))
        {
            var plus = part.IndexOf('+', StringComparison.Ordinal);
            spans.Add(new TextSpan(
                int.Parse(part.AsSpan(0, plus), NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(part.AsSpan(plus + 1), NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        return spans;
    }
}
