using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// The case data the report's script renders lazily, embedded once in a <c>&lt;script type="application/json"&gt;</c>.
/// The JSON encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so no answer text can close the
/// script element. Above <see cref="CompressAbove"/> bytes the JSON is gzip-compressed and base64-encoded (a JSON
/// string), which keeps a 10,000-case report under 10 MB; the script inflates it with the browser's DecompressionStream.
/// </summary>
internal static class ReportData
{
    /// <summary>Uncompressed JSON larger than this is embedded compressed.</summary>
    public const int CompressAbove = 2 * 1024 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Returns the embedded text and its encoding ("json" or "gzip-base64").</summary>
    public static (string Text, string Encoding) Build(IReadOnlyList<ScenarioResult> ordered, KnowledgeBase knowledgeBase)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("cases");
            foreach (var result in ordered)
            {
                WriteCase(w, result);
            }

            w.WriteEndArray();
            WriteStatements(w, ordered, knowledgeBase);
            w.WriteEndObject();
        }

        if (buffer.Length <= CompressAbove)
        {
            return (System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), "json");
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        return ("\"" + Convert.ToBase64String(compressed.GetBuffer(), 0, (int)compressed.Length) + "\"", "gzip-base64");
    }

    private static void WriteCase(Utf8JsonWriter w, ScenarioResult r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.ScenarioId);
        w.WriteString("suite", r.Suite);
        w.WriteString("category", r.Category);
        Strings(w, "tags", r.Tags);
        w.WriteString("generator", r.Generator);
        w.WriteString("verdict", VerdictNames.Of(r.Verdict));
        w.WriteStartArray("turns");
        foreach (var turn in r.Turns)
        {
            w.WriteStartObject();
            w.WriteString("role", turn.Role == TurnRole.User ? "user" : "assistant");
            w.WriteString("text", BidiControls.Visible(Utf16.Repair(turn.Text)));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("patient", r.Patient is null ? null : BidiControls.Visible(r.Patient.ToString()));

        // Utf16.Repair keeps the length; bidirectional controls are shown as ⟨U+XXXX⟩, so evidence offsets are shifted.
        var answer = r.Answer is null ? null : Utf16.Repair(r.Answer);
        w.WriteString("answer", answer is null ? null : BidiControls.Visible(answer));
        w.WriteString("error", r.Error is null ? null : BidiControls.Visible(r.Error));
        var notices = new[] { BidiControls.Notice("answer", answer), BidiControls.Notice("question", string.Concat(r.Turns.Select(t => t.Text))) }.OfType<string>().ToList();
        if (notices.Count > 0)
        {
            Strings(w, "notices", notices);
        }

        w.WriteString("kind", r.Expect.Kind);
        Strings(w, "mustHave", r.Expect.MustHave);
        Strings(w, "mustNot", r.Expect.MustNot);
        w.WriteStartArray("metrics");
        foreach (var m in r.Metrics)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("value", MetricText.Value(m.Value));
            w.WriteBoolean("failed", m.Failed);
            w.WriteString("review", m.Review is null ? null : Utf16.Repair(m.Review));
            w.WriteString("reason", BidiControls.Visible(Utf16.Repair(m.Reason)));
            w.WriteStartArray("evidence");
            foreach (var span in m.Evidence)
            {
                var start = answer is null ? span.Start : BidiControls.Shift(answer, span.Start);
                var end = answer is null ? span.Start + span.Length : BidiControls.Shift(answer, span.Start + span.Length);
                w.WriteStartArray();
                w.WriteNumberValue(start);
                w.WriteNumberValue(end - start);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            Strings(w, "diagnostics", m.Diagnostics);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStatements(Utf8JsonWriter w, IReadOnlyList<ScenarioResult> results, KnowledgeBase knowledgeBase)
    {
        w.WriteStartObject("statements");
        var ids = results.SelectMany(r => r.Expect.MustHave.Concat(r.Expect.MustNot)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!knowledgeBase.TryGet(id, out var statement))
            {
                continue;
            }

            w.WriteStartObject(id);
            w.WriteString("kind", statement.Kind == StatementKind.Guideline ? "guideline" : "unsafe");
            w.WriteString("text", statement.Text);
            w.WriteString("source", statement.Source.ToString());
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
