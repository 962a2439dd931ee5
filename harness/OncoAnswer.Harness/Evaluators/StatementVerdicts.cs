using System.Buffers;
using System.Text;
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

    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode(nameof(Row.Id));
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode(nameof(Row.Text));
    private static readonly JsonEncodedText ExpectedName = JsonEncodedText.Encode(nameof(Row.Expected));
    private static readonly JsonEncodedText VerdictName = JsonEncodedText.Encode(nameof(Row.Verdict));
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode(nameof(Row.Evidence));
    private static readonly JsonEncodedText JudgeName = JsonEncodedText.Encode(nameof(Row.Judge));

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    /// <summary>Records <paramref name="verdicts"/> on <paramref name="metric"/>.</summary>
    public static void Set(EvaluationMetric metric, IEnumerable<StatementVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(verdicts);
        metric.AddOrUpdateMetadata(Key, Write(verdicts));
    }

    /// <summary>
    /// The rows as JSON, written directly (the same bytes <see cref="JsonSerializer"/> writes for a list of <see cref="Row"/>
    /// with default options, which earlier versions stored), through a writer and buffer kept per thread.
    /// </summary>
    private static string Write(IEnumerable<StatementVerdict> verdicts)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(2048);
        output.ResetWrittenCount();
        var json = writer ??= new Utf8JsonWriter(output);
        json.Reset(output);
        json.WriteStartArray();
        foreach (var v in verdicts)
        {
            json.WriteStartObject();
            json.WriteString(IdName, v.Id);
            json.WriteString(TextName, v.Text);
            json.WriteString(ExpectedName, v.Expected);
            json.WriteString(VerdictName, v.VerdictName);
            json.WriteStartArray(EvidenceName);
            foreach (var e in v.Evidence)
            {
                json.WriteStartArray();
                json.WriteNumberValue(e.Start);
                json.WriteNumberValue(e.Length);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteBoolean(JudgeName, v.Judge);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        return Encoding.UTF8.GetString(output.WrittenSpan);
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
