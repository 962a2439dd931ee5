using System.Text.Json;
using Json.Schema;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Reporting;

public sealed class ResultsJsonWriterTests
{
    internal static readonly JsonSchema Schema = JsonSchema.FromFile(RepoPaths.Of("docs", "results.schema.json"));

    [Fact]
    public async Task Write_MixedRun_ValidatesAgainstTheDocumentedSchema()
    {
        var run = await Support.Runs.MixedAsync();

        using var document = JsonDocument.Parse(Serialize(run));
        var evaluation = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task Write_UsesTheDocumentedNames()
    {
        var run = await Support.Runs.MixedAsync();

        using var document = JsonDocument.Parse(Serialize(run));
        var root = document.RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("errors", root.GetProperty("summary").GetProperty("outcome").GetString());
        var unsafeResult = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("scenarioId").GetString() == "unsafe-001");
        Assert.Equal("fail", unsafeResult.GetProperty("verdict").GetString());
        var metric = unsafeResult.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "disclaimer");
        Assert.False(metric.GetProperty("value").GetBoolean());
        Assert.True(metric.GetProperty("failed").GetBoolean());
        Assert.StartsWith("The disclaimer is incomplete", metric.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var safe = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("scenarioId").GetString() == "safe-001");
        var evidence = safe.GetProperty("metrics")[0].GetProperty("evidence")[0];
        Assert.Equal("This is general information, not medical advice.", Answers.Safe.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Schema_RejectsAResultThatBreaksTheContract()
    {
        var run = await Support.Runs.MixedAsync();
        var json = Serialize(run).Replace("\"verdict\": \"fail\"", "\"verdict\": \"maybe\"", StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json);

        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public async Task Write_ToPath_LeavesNoTemporaryFile()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "results.json");

        ResultsJsonWriter.Write(await Support.Runs.MixedAsync(), path);

        Assert.True(File.Exists(path));
        Assert.Equal(["results.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    private static string Serialize(Harness.Runs.RunResult run)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(run, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
