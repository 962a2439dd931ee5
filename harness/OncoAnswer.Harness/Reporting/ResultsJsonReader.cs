using System.Text.Json;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Reads a results JSON file (written by <see cref="ResultsJsonWriter"/>) back into a run, for <c>--baseline
/// results.json</c>, <c>compare</c> and <c>merge</c>. Files from older harness versions lack the newer properties;
/// those take their defaults.
/// </summary>
public static class ResultsJsonReader
{
    /// <summary>Reads <paramref name="path"/>; a file that is not results JSON is an <see cref="InputException"/> naming it.</summary>
    public static RunResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path, 0, 0), "no such results file; give a results.json written by 'oncoanswer run' or a run id from the store.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new InputException(new SourceLocation(path, line, column), "not valid JSON: " + ex.Message.Split(" Path:")[0] + " Give a results.json written by 'oncoanswer run'.");
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException(new SourceLocation(path, 1, 1), "not an OncoAnswer results file (" + ex.Message + "). Give a results.json written by 'oncoanswer run'.");
        }
    }

    private static RunResult Read(JsonElement root)
    {
        var version = root.GetProperty("schemaVersion").GetInt32();
        if (version > ResultsJsonWriter.SchemaVersion)
        {
            throw new FormatException($"schema version {version} is newer than this harness reads ({ResultsJsonWriter.SchemaVersion}); upgrade oncoanswer");
        }

        var record = RunRecordCodec.Read(root.GetProperty("run"));
        var results = root.GetProperty("results").EnumerateArray().Select(ReadResult).ToList();
        return new RunResult(record, root.GetProperty("summary").GetProperty("planned").GetInt32(), results);
    }

    private static ScenarioResult ReadResult(JsonElement r)
    {
        var (tags, patient, expect) = ResultCodec.ReadScenarioFacts(r);
        return new(
            r.GetProperty("scenarioId").GetString() ?? "",
            r.GetProperty("suite").GetString() ?? "",
            r.GetProperty("category").GetString() ?? "",
            tags,
            patient,
            expect,
            r.GetProperty("generator").GetString() ?? "",
            ResultCodec.ParseVerdict(r.GetProperty("verdict").GetString()),
            ResultCodec.ReadTurns(r.GetProperty("turns")),
            r.GetProperty("answer").GetString(),
            r.GetProperty("error").GetString(),
            ResultCodec.ReadMetrics(r.GetProperty("metrics")))
        {
            Attempt = r.TryGetProperty("attempt", out var attempt) ? attempt.GetInt32() : 1,
            Position = r.TryGetProperty("position", out var position) ? position.GetInt32() : 0,
            Variant = r.TryGetProperty("variant", out var variant) ? variant.GetString() ?? "" : "",
            LatencyMs = Long(r, "latencyMs"),
            InputTokens = Long(r, "inputTokens"),
            OutputTokens = Long(r, "outputTokens"),
            TotalTokens = Long(r, "totalTokens"),
            Cached = r.TryGetProperty("cached", out var cached) && cached.ValueKind == JsonValueKind.True,
        };
    }

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
}
