using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The one JSON form of conversations and metrics, shared by results JSON (writer and reader) and the run store,
/// so a result read back from either equals the one written.
/// </summary>
internal static class ResultCodec
{
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteTurns(Utf8JsonWriter w, IEnumerable<Turn> turns)
    {
        w.WriteStartArray();
        foreach (var turn in turns)
        {
            w.WriteStartObject();
            w.WriteString("role", turn.Role == TurnRole.User ? "user" : "assistant");
            w.WriteString("text", Utf16.Repair(turn.Text));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteMetrics(Utf8JsonWriter w, IEnumerable<MetricResult> metrics)
    {
        w.WriteStartArray();
        foreach (var m in metrics)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            switch (m.Value)
            {
                case bool b:
                    w.WriteBoolean("value", b);
                    break;
                case double d when double.IsFinite(d):
                    w.WriteNumber("value", d);
                    break;
                case string s:
                    w.WriteString("value", s);
                    break;
                default:
                    w.WriteNull("value");
                    break;
            }

            w.WriteBoolean("failed", m.Failed);
            if (m.Review is not null)
            {
                w.WriteString("review", Utf16.Repair(m.Review));
            }

            if (m.Judge is not null)
            {
                w.WriteString("judge", Utf16.Repair(m.Judge));
            }

            w.WriteString("reason", Utf16.Repair(m.Reason));
            WriteSpans(w, "evidence", m.Evidence);
            w.WriteStartArray("diagnostics");
            foreach (var d in m.Diagnostics)
            {
                w.WriteStringValue(d);
            }

            w.WriteEndArray();
            if (m.Statements is not null)
            {
                WriteStatements(w, m.Statements);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStatements(Utf8JsonWriter w, IReadOnlyList<Evaluators.StatementVerdict> statements)
    {
        w.WriteStartArray("statements");
        foreach (var s in statements)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("text", s.Text);
            w.WriteString("expected", s.Expected);
            w.WriteString("verdict", s.VerdictName);
            WriteSpans(w, "evidence", s.Evidence);
            w.WriteBoolean("judge", s.Judge);
            w.WriteString("decidedBy", s.Judge ? "judge" : "matcher");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpans(Utf8JsonWriter w, string name, IEnumerable<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var span in spans)
        {
            w.WriteStartObject();
            w.WriteNumber("start", span.Start);
            w.WriteNumber("length", span.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static List<TextSpan> ReadSpans(JsonElement array) =>
        array.EnumerateArray().Select(e => new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32())).ToList();

    private static List<Evaluators.StatementVerdict>? ReadStatements(JsonElement metric) =>
        metric.TryGetProperty("statements", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(s => new Evaluators.StatementVerdict(
                s.GetProperty("id").GetString() ?? "",
                s.GetProperty("text").GetString() ?? "",
                s.GetProperty("expected").GetString() ?? "",
                s.GetProperty("verdict").GetString() switch
                {
                    "entailed" => Evaluators.StatementVerdictKind.Entailed,
                    "contradicted" => Evaluators.StatementVerdictKind.Contradicted,
                    _ => Evaluators.StatementVerdictKind.NotMentioned,
                },
                ReadSpans(s.GetProperty("evidence")),
                s.TryGetProperty("judge", out var judge) && judge.ValueKind == JsonValueKind.True)).ToList()
            : null;

    /// <summary>Writes tags, patient and expectations as properties of the open object (the results JSON shape).</summary>
    public static void WriteScenarioFacts(Utf8JsonWriter w, ScenarioResult r)
    {
        w.WriteStartArray("tags");
        foreach (var tag in r.Tags)
        {
            w.WriteStringValue(tag);
        }

        w.WriteEndArray();
        if (r.Patient is { } p)
        {
            w.WriteStartObject("patient");
            Optional(w, "diagnosis", p.Diagnosis);
            Optional(w, "stage", p.Stage);
            Optional(w, "treatment", p.Treatment);
            Optional(w, "notes", p.Notes);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("patient");
        }

        w.WriteStartObject("expect");
        w.WriteString("disclaimer", DisclaimerPolicy.Name(r.Expect.Disclaimer));
        w.WriteString("kind", r.Expect.Kind);
        Strings(w, "mustHave", r.Expect.MustHave);
        Strings(w, "mustNot", r.Expect.MustNot);
        w.WriteEndObject();
    }

    /// <summary>Reads what <see cref="WriteScenarioFacts"/> wrote; absent properties (older files) give defaults.</summary>
    public static (IReadOnlyList<string> Tags, PatientProfile? Patient, Expectations Expect) ReadScenarioFacts(JsonElement e)
    {
        var tags = e.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        PatientProfile? patient = e.TryGetProperty("patient", out var p) && p.ValueKind == JsonValueKind.Object
            ? new PatientProfile(Text(p, "diagnosis"), Text(p, "stage"), Text(p, "treatment"), Text(p, "notes"))
            : null;
        var expect = Expectations.Default;
        if (e.TryGetProperty("expect", out var x) && x.ValueKind == JsonValueKind.Object)
        {
            expect = new Expectations(
                DisclaimerPolicy.Parse(Text(x, "disclaimer")) ?? DisclaimerExpectation.Required,
                Text(x, "kind"),
                List(x, "mustHave"),
                List(x, "mustNot"),
                []);
        }

        return (tags, patient, expect);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(i => i.GetString() ?? "").ToList() : [];

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    public static List<Turn> ReadTurns(JsonElement array) =>
        array.EnumerateArray()
            .Select(t => new Turn(t.GetProperty("role").GetString() == "assistant" ? TurnRole.Assistant : TurnRole.User, t.GetProperty("text").GetString() ?? ""))
            .ToList();

    public static List<MetricResult> ReadMetrics(JsonElement array) =>
        array.EnumerateArray().Select(m => new MetricResult(
            m.GetProperty("id").GetString() ?? "",
            m.GetProperty("value") switch
            {
                { ValueKind: JsonValueKind.True } => true,
                { ValueKind: JsonValueKind.False } => false,
                { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
                { ValueKind: JsonValueKind.String } s => s.GetString(),
                _ => null,
            },
            m.GetProperty("failed").GetBoolean(),
            m.GetProperty("reason").GetString() ?? "",
            ReadSpans(m.GetProperty("evidence")),
            m.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString() ?? "").ToList())
        {
            Statements = ReadStatements(m),
            Review = m.TryGetProperty("review", out var review) && review.ValueKind == JsonValueKind.String ? review.GetString() : null,
            Judge = m.TryGetProperty("judge", out var judge) && judge.ValueKind == JsonValueKind.String ? judge.GetString() : null,
        }).ToList();

    public static string ToJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            write(w);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Verdict ParseVerdict(string? name) => name switch
    {
        "pass" => Verdict.Pass,
        "fail" => Verdict.Fail,
        "error" => Verdict.Error,
        "review" => Verdict.Review,
        _ => throw new FormatException($"unknown verdict '{name}'; expected pass, fail, review or error."),
    };

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Fail => "fail",
        Verdict.Review => "review",
        _ => "error",
    };

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
