using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// Stores the per-statement verdicts of a metric in its metadata (key <see cref="Key"/>, compact JSON), so they travel
/// with the standard <see cref="EvaluationMetric"/> like <see cref="MetricEvidence"/> does, and the runner can put them in results.
/// </summary>
public static partial class StatementVerdicts
{
    /// <summary>The metadata key holding the verdicts.</summary>
    public const string Key = "oncoanswer.statements";

    /// <summary>Records <paramref name="verdicts"/> on <paramref name="metric"/>.</summary>
    public static void Set(EvaluationMetric metric, IEnumerable<StatementVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(verdicts);
        var rows = verdicts.Select(v => new Row(v.Id, v.Text, v.Expected, v.VerdictName, v.Evidence.Select(e => new[] { e.Start, e.Length }).ToArray(), v.Judge)).ToList();
        metric.AddOrUpdateMetadata(Key, JsonSerializer.Serialize(rows, RowsJson.Default.ListRow));
    }

    /// <summary>Reads the verdicts recorded on <paramref name="metric"/>, or null when it has none.</summary>
    public static IReadOnlyList<StatementVerdict>? Get(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Metadata is null || !metric.Metadata.TryGetValue(Key, out var json) || string.IsNullOrEmpty(json))
        {
            return null;
        }

        return JsonSerializer.Deserialize(json, RowsJson.Default.ListRow)!
            .Select(r => new StatementVerdict(r.Id, r.Text, r.Expected, StatementVerdict.Parse(r.Verdict) ?? StatementVerdictKind.NotMentioned, r.Evidence.Select(e => new TextSpan(e[0], e[1])).ToList(), r.Judge))
            .ToList();
    }

    internal sealed record Row(string Id, string Text, string Expected, string Verdict, int[][] Evidence, bool Judge);

    /// <summary>Compile-time JSON for the rows (the same text the reflection-based serializer writes, without its start-up and lookup cost).</summary>
    [JsonSerializable(typeof(List<Row>))]
    internal sealed partial class RowsJson : JsonSerializerContext;
}
