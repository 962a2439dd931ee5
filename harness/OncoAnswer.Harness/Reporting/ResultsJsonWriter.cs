using System.Text.Encodings.Web;
using System.Text.Json;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Writes a run as results JSON, schema version <see cref="SchemaVersion"/> (documented in
/// docs/results.schema.json). Property order is fixed and numbers are invariant, so equal runs give equal files.
/// </summary>
public static class ResultsJsonWriter
{
    /// <summary>
    /// The schema version written in <c>schemaVersion</c>; bump on breaking changes. 2: the <c>review</c> verdict,
    /// <c>summary.reviews</c> and a metric's <c>review</c> reason (version-1 files still read).
    /// </summary>
    public const int SchemaVersion = 2;

    private const int FlushBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Readable UTF-8 text in a standalone file; the HTML report never embeds this file's bytes unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> (via a uniquely named temporary file, so a crash never leaves half a file).</summary>
    /// <param name="run">The run.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="gate">The gate's decision with its findings; null for the default gate.</param>
    public static void Write(RunResult run, string path, GateReport? gate = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(run, stream, gate));
    }

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="gate">The gate's decision with its findings; null for the default gate.</param>
    public static void Write(RunResult run, Stream stream, GateReport? gate = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartObject("run");
        RunRecordCodec.WriteFields(w, run.Run);
        w.WriteEndObject();
        w.WriteStartObject("summary");
        w.WriteNumber("planned", run.Planned);
        w.WriteNumber("total", run.Results.Count);
        w.WriteNumber("passed", run.Passed);
        w.WriteNumber("failed", run.Failed);
        w.WriteNumber("errors", run.Errors);
        w.WriteNumber("reviews", run.Reviews);
        w.WriteString("outcome", VerdictNames.Of(gate?.Outcome ?? Gate.Evaluate(run)));
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var result in run.Results)
        {
            WriteResult(w, result);

            // The writer buffers until flushed; flushing as it goes keeps a 100,000-result file out of memory.
            if (w.BytesPending > FlushBytes)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        if (gate is not null)
        {
            WriteGate(w, gate);
        }

        if (run.Run.Repeat > 1)
        {
            w.WriteStartArray("stability");
            foreach (var s in Stability.Of(run))
            {
                w.WriteStartObject();
                w.WriteString("scenarioId", s.ScenarioId);
                w.WriteString("generator", s.Generator);
                w.WriteNumber("passed", s.Passed);
                w.WriteNumber("runs", s.Runs);
                w.WriteBoolean("flaky", s.Flaky);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteGate(Utf8JsonWriter w, GateReport gate)
    {
        w.WriteStartObject("gate");
        w.WriteString("outcome", VerdictNames.Of(gate.Outcome));
        w.WriteString("baseline", gate.Baseline?.BaselineId);
        w.WriteStartArray("findings");
        foreach (var finding in gate.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", finding.Rule);
            w.WriteString("message", finding.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("improvements");
        foreach (var change in gate.Baseline?.Improvements ?? [])
        {
            w.WriteStringValue(change.Describe());
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, ScenarioResult r)
    {
        w.WriteStartObject();
        w.WriteString("scenarioId", r.ScenarioId);
        w.WriteString("suite", r.Suite);
        w.WriteString("category", r.Category);
        ResultCodec.WriteScenarioFacts(w, r);
        w.WriteString("generator", r.Generator);
        w.WriteString("verdict", VerdictNames.Of(r.Verdict));
        w.WritePropertyName("turns");
        ResultCodec.WriteTurns(w, r.Turns);
        w.WriteString("answer", r.Answer is null ? null : Text.Utf16.Repair(r.Answer)); // a generator may return broken UTF-16
        w.WriteString("error", r.Error);
        WriteOptionalNumber(w, "latencyMs", r.LatencyMs);
        WriteOptionalNumber(w, "inputTokens", r.InputTokens);
        WriteOptionalNumber(w, "outputTokens", r.OutputTokens);
        WriteOptionalNumber(w, "totalTokens", r.TotalTokens);
        if (r.Cached)
        {
            w.WriteBoolean("cached", true);
        }

        w.WritePropertyName("metrics");
        ResultCodec.WriteMetrics(w, r.Metrics); // the one metric form, shared with the run store and the reader
        w.WriteNumber("attempt", r.Attempt);
        w.WriteNumber("position", r.Position);
        w.WriteString("variant", r.Variant);
        w.WriteEndObject();
    }

    private static void WriteOptionalNumber(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
