using System.Text.Json;

namespace OncoAnswer.Harness.Runs;

/// <summary>The JSON form of a <see cref="RunRecord"/>, shared by results JSON and the run store.</summary>
internal static class RunRecordCodec
{
    /// <summary>Writes the record's properties into the object <paramref name="w"/> has open.</summary>
    public static void WriteFields(Utf8JsonWriter w, RunRecord run)
    {
        w.WriteString("id", run.Id);
        w.WriteString("startedAt", run.StartedAt.UtcDateTime);
        w.WriteString("finishedAt", run.FinishedAt.UtcDateTime);
        Strings(w, "suites", run.Suites);
        Strings(w, "generators", run.Generators);
        w.WriteString("harnessVersion", run.HarnessVersion);
        w.WriteBoolean("cancelled", run.Cancelled);
        w.WriteString("suiteHash", run.SuiteHash);
        w.WriteNumber("scenarioCount", run.ScenarioCount);
        w.WriteStartArray("generatorConfigs");
        foreach (var g in run.GeneratorConfigs)
        {
            w.WriteStartObject();
            w.WriteString("name", g.Name);
            w.WriteString("type", g.Type);
            w.WriteStartObject("settings");
            foreach (var (key, value) in g.Settings.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("evaluators");
        foreach (var e in run.Evaluators)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("version", e.Version);
            Strings(w, "metrics", e.Metrics);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("gitCommit", run.GitCommit);
        Strings(w, "tags", run.Tags);
        w.WriteString("user", run.User);
        w.WriteNumber("repeat", run.Repeat);
        w.WriteString("shard", run.Shard);
    }

    /// <summary>Reads a record written by <see cref="WriteFields"/>; properties added later default when absent.</summary>
    public static RunRecord Read(JsonElement e) =>
        new(
            e.GetProperty("id").GetString() ?? "",
            e.GetProperty("startedAt").GetDateTimeOffset(),
            e.GetProperty("finishedAt").GetDateTimeOffset(),
            StringList(e, "suites"),
            StringList(e, "generators"),
            e.GetProperty("harnessVersion").GetString() ?? "",
            e.GetProperty("cancelled").GetBoolean())
        {
            SuiteHash = Text(e, "suiteHash") ?? "",
            ScenarioCount = e.TryGetProperty("scenarioCount", out var count) ? count.GetInt32() : 0,
            GeneratorConfigs = e.TryGetProperty("generatorConfigs", out var gens)
                ? gens.EnumerateArray().Select(g => new GeneratorRecord(
                    g.GetProperty("name").GetString() ?? "",
                    g.GetProperty("type").GetString() ?? "",
                    g.GetProperty("settings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal))).ToList()
                : [],
            Evaluators = e.TryGetProperty("evaluators", out var evs)
                ? evs.EnumerateArray().Select(v => new EvaluatorRecord(v.GetProperty("id").GetString() ?? "", v.GetProperty("version").GetString() ?? "", StringList(v, "metrics"))).ToList()
                : [],
            GitCommit = Text(e, "gitCommit"),
            Tags = StringList(e, "tags"),
            User = Text(e, "user"),
            Repeat = e.TryGetProperty("repeat", out var repeat) ? repeat.GetInt32() : 1,
            Shard = Text(e, "shard"),
        };

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> StringList(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
            : [];

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
