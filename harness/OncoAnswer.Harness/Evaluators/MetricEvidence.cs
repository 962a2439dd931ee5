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
        // Distinct spans in order of start (spans starting together keep the order they came in).
        var ordered = new List<TextSpan>();
        HashSet<TextSpan>? seen = null;
        foreach (var span in spans)
        {
            if (ordered.Count >= 8 && seen is null)
            {
                seen = [.. ordered];
            }

            if (seen is not null ? seen.Add(span) : !ordered.Contains(span))
            {
                ordered.Add(span);
            }
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var span = ordered[i];
            var j = i - 1;
            for (; j >= 0 && ordered[j].Start > span.Start; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = span;
        }

        var text = new StringBuilder();
        foreach (var span in ordered)
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
