using System.Text.Json;
namespace OncoAnswer.Cli.Tests;

/// <summary>
/// The LLM judge end to end: <c>oncoanswer score --judge-endpoint</c> against an OpenAI-compatible server on loopback.
/// A valid reply decides the statement verdicts (temperature 0 is sent); malformed output and HTTP 500 are retried a
/// bounded number of times and then become an error verdict (exit 2), never a pass; a re-run is served from the disk cache.
/// </summary>
public sealed class JudgeTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-judge-" + Guid.NewGuid().ToString("N")[..12]);

    public JudgeTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Score_WithJudge_UsesItsVerdictsAndReRunMakesZeroCalls()
    {
        await using var server = await LoopbackServer.StartChatAsync(body => (200, body.Contains("\"met\"", StringComparison.Ordinal) ? """{"met": true}""" : """{"verdict": "entailed"}"""));
        var input = Input("""{"must_have": ["Metastatic breast cancer is treated mainly with systemic therapy."]}""");

        var first = await ScoreAsync(server, input, "first.json");
        var calls = server.Calls;
        var second = await ScoreAsync(server, input, "second.json");

        Assert.True(first.ExitCode == ExitCodes.Passed, first.Output + first.Errors);
        Assert.Equal(1, calls);
        Assert.Equal(calls, server.Calls); // the re-run was answered from the cache
        Assert.Equal(ExitCodes.Passed, second.ExitCode);
        using var sent = JsonDocument.Parse(server.Bodies[0]);
        Assert.Equal(0, sent.RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal("judge-test", sent.RootElement.GetProperty("model").GetString());
        var statement = Statements(Path.Combine(dir, "second.json")).Single();
        Assert.Equal("entailed", statement.GetProperty("verdict").GetString());
        Assert.True(statement.GetProperty("judge").GetBoolean());
    }

    [Fact]
    public async Task Score_JudgeReturnsMalformedOutput_RetriesThenExits2()
    {
        await using var server = await LoopbackServer.StartChatAsync(_ => (200, "Sure! The answer entails the statement."));

        var result = await ScoreAsync(server, Input("""{"must_have": ["Metastatic breast cancer is treated mainly with systemic therapy."]}"""), "out.json");

        Assert.Equal(ExitCodes.RunErrors, result.ExitCode);
        Assert.Equal(3, server.Calls);
        Assert.Contains("LLM judge (judge-test) gave no valid verdict after 3 attempt(s)", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "cache")) && Directory.EnumerateFiles(Path.Combine(dir, "cache")).Any(), "a rejected reply must not be cached");
    }

    [Fact]
    public async Task Score_JudgeReturnsHttp500_Exits2NeverPass()
    {
        await using var server = await LoopbackServer.StartChatAsync(_ => (500, ""));

        var result = await ScoreAsync(server, Input("""{"must_have": ["Metastatic breast cancer is treated mainly with systemic therapy."]}"""), "out.json");

        Assert.Equal(ExitCodes.RunErrors, result.ExitCode);
        Assert.Equal(3, server.Calls);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out.json")));
        Assert.Equal("error", document.RootElement.GetProperty("results")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Score_JudgeFlagsIncomplete_IsAUsageError()
    {
        var result = await CliRunner.RunAsync(["score", Input("{}"), "--judge-endpoint", "http://127.0.0.1:1/v1"]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--judge-endpoint needs --judge-model", result.Output + result.Errors, StringComparison.Ordinal);
    }

    private string Input(string expect)
    {
        var path = Path.Combine(dir, "answers.jsonl");
        var answer = "This is general information, not medical advice. Metastatic breast cancer is mostly treated with medicines that work through the whole body. Please talk with your oncologist.";
        File.WriteAllText(path, JsonSerializer.Serialize(new { id = "a1", question = "How is metastatic breast cancer treated?", answer }).TrimEnd('}') + ", \"expect\": " + expect + "}\n");
        return path;
    }

    private Task<CliResult> ScoreAsync(LoopbackServer server, string input, string output) =>
        CliRunner.RunAsync(["score", input, "--out", Path.Combine(dir, output), "--judge-endpoint", server.OpenAIEndpoint, "--judge-model", "judge-test", "--judge-cache", Path.Combine(dir, "cache")]);

    private static List<JsonElement> Statements(string results)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(results));
        return document.RootElement.GetProperty("results")[0].GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "faithfulness.coverage")
            .GetProperty("statements").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
