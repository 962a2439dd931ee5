using System.Buffers;
using System.Globalization;
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
        metric.AddOrUpdateMetadata(Key, Format(spans));
    }

    /// <summary>Records the spans of sentences <paramref name="sentences"/>, then <paramref name="more"/>, of <paramref name="analysis"/>.</summary>
    internal static void SetSentences(EvaluationMetric metric, AnswerAnalysis analysis, List<int> sentences, List<int>? more)
    {
        var buffer = ArrayPool<TextSpan>.Shared.Rent(16);
        var count = 0;
        try
        {
            foreach (var sentence in sentences)
            {
                Insert(ref buffer, ref count, analysis.Sentences[sentence].Span);
            }

            if (more is not null)
            {
                foreach (var sentence in more)
                {
                    Insert(ref buffer, ref count, analysis.Sentences[sentence].Span);
                }
            }

            metric.AddOrUpdateMetadata(Key, Write(buffer.AsSpan(0, count)));
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The metadata value of <paramref name="spans"/>: each distinct span once, in order of start (spans starting
    /// together keep the order they came in), as "start+length" joined by ';'.
    /// </summary>
    internal static string Format(IEnumerable<TextSpan> spans)
    {
        if (spans is ICollection<TextSpan> { Count: 0 })
        {
            return "";
        }

        var buffer = ArrayPool<TextSpan>.Shared.Rent(16);
        var count = 0;
        try
        {
            foreach (var span in spans)
            {
                Insert(ref buffer, ref count, span);
            }

            return Write(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Puts <paramref name="span"/> after every span starting at or before it (a stable insertion sort as the spans
    /// arrive), unless it is there already: a duplicate can only stand among the spans with its own start, just before that place.
    /// </summary>
    private static void Insert(ref TextSpan[] buffer, ref int count, TextSpan span)
    {
        var at = count;
        while (at > 0 && buffer[at - 1].Start > span.Start)
        {
            at--;
        }

        for (var k = at - 1; k >= 0 && buffer[k].Start == span.Start; k--)
        {
            if (buffer[k].Length == span.Length)
            {
                return;
            }
        }

        if (count == buffer.Length)
        {
            var larger = ArrayPool<TextSpan>.Shared.Rent(count * 2);
            buffer.AsSpan(0, count).CopyTo(larger);
            ArrayPool<TextSpan>.Shared.Return(buffer);
            buffer = larger;
        }

        buffer.AsSpan(at, count - at).CopyTo(buffer.AsSpan(at + 1));
        buffer[at] = span;
        count++;
    }

    private static string Write(ReadOnlySpan<TextSpan> spans)
    {
        if (spans.IsEmpty)
        {
            return "";
        }

        // At most 11 characters per number, a '+' and a ';' per span.
        var needed = spans.Length * 24;
        char[]? rented = null;
        Span<char> chars = needed <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(needed));
        var length = 0;
        foreach (var span in spans)
        {
            if (length > 0)
            {
                chars[length++] = ';';
            }

            span.Start.TryFormat(chars[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
            chars[length++] = '+';
            span.Length.TryFormat(chars[length..], out written, default, CultureInfo.InvariantCulture);
            length += written;
        }

        var text = new string(chars[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
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
