using System.Diagnostics;
using System.Text.Json;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// Issue 19, items 1, 3, 16, 17 and 18 through the command line: the judge's key is masked wherever the judge echoes
/// it; an unset --judge-key-env is a usage error; --judge-timeout bounds a judge call; --no-cache applies to the judge;
/// a failed judge leaves the matcher's verdicts marked as the matcher's.
/// </summary>
public sealed class JudgeReliabilityTests : IDisposable
{
    private const string Statement = "Metastatic breast cancer is treated mainly with systemic therapy.";
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-judge-rel-" + Guid.NewGuid().ToString("N")[..12]);

    public JudgeReliabilityTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    public async Task TheJudgesKey_EchoedInAReplyOrAnError_IsWrittenNowhere(int status)
    {
        var key = "judge-key-" + Guid.NewGuid().ToString("N");
        var variable = "OA_TEST_JUDGE_KEY_" + status;
        Environment.SetEnvironmentVariable(variable, key);
        await using var server = await LoopbackServer.StartAsync((c, _) =>
        {
            var echo = "I got " + c.Request.Headers.Authorization + " and that is all";
            return status == 200
                ? LoopbackServer.Json(c, LoopbackServer.ChatCompletion(echo))
                : LoopbackServer.Json(c, LoopbackServer.ChatError(echo, "invalid_request_error"), status);
        });

        var result = await ScoreAsync(server, "out.json", "--judge-key-env", variable);

        Assert.Equal(ExitCodes.RunErrors, result.ExitCode);
        Assert.Equal("Bearer " + key, server.Requests[0].Headers["Authorization"]);
        Assert.DoesNotContain(key, result.Output + result.Errors, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(dir, "out.json"));
        Assert.DoesNotContain(key, written, StringComparison.Ordinal);
        Assert.Contains("***", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("run")]
    public async Task AnUnsetJudgeKeyVariable_IsAUsageErrorNamingIt(string command)
    {
        await using var server = await LoopbackServer.StartChatAsync(_ => (200, """{"verdict": "entailed"}"""));
        string[] args = command == "score"
            ? ["score", Input(), "--out", Path.Combine(dir, "out.json")]
            : ["run", "--out", Path.Combine(dir, "out"), "--store", Path.Combine(dir, "runs.db")];

        var result = await CliRunner.RunAsync([.. args, "--judge-endpoint", server.OpenAIEndpoint, "--judge-model", "judge-test", "--judge-key-env", "OA_TEST_UNSET_JUDGE_KEY"]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("OA_TEST_UNSET_JUDGE_KEY", result.Output + result.Errors, StringComparison.Ordinal);
        Assert.Equal(0, server.Calls);
    }

    [Fact]
    public async Task JudgeTimeout_BoundsEachJudgeCall()
    {
        await using var server = await LoopbackServer.StartAsync(async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            await LoopbackServer.Json(c, LoopbackServer.ChatCompletion("""{"verdict": "entailed"}"""));
        });
        var clock = Stopwatch.StartNew();

        var result = await ScoreAsync(server, "out.json", "--judge-timeout", "0.5");

        Assert.True(result.ExitCode == ExitCodes.RunErrors, result.Output + result.Errors);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
        var written = File.ReadAllText(Path.Combine(dir, "out.json"));
        Assert.Contains("0.5 s", written, StringComparison.Ordinal);
        Assert.Contains("--judge-timeout", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCache_AppliesToTheJudge()
    {
        await using var server = await LoopbackServer.StartChatAsync(_ => (200, """{"verdict": "entailed"}"""));
        var suite = Path.Combine(dir, "suite.yaml");
        File.WriteAllText(suite, "suite: s\ncategory: guideline-question\nscenarios:\n  - id: a-001\n    turns:\n      - user: How is metastatic breast cancer treated?\n    expect:\n      must_have: [mbc.systemic-first]\n");
        string[] args = ["run", "--suite", suite, "--store", Path.Combine(dir, "runs.db"), "--judge-endpoint", server.OpenAIEndpoint, "--judge-model", "judge-test", "--judge-cache", Path.Combine(dir, "judge-cache")];

        var first = await CliRunner.RunAsync([.. args, "--out", Path.Combine(dir, "one")]);
        var afterFirst = server.Calls;
        var cached = await CliRunner.RunAsync([.. args, "--out", Path.Combine(dir, "two")]);
        var afterCached = server.Calls;
        var uncached = await CliRunner.RunAsync([.. args, "--out", Path.Combine(dir, "three"), "--no-cache"]);

        Assert.True(afterFirst > 0, first.Output + first.Errors);
        Assert.Equal(afterFirst, afterCached);
        Assert.True(uncached.ExitCode is ExitCodes.Passed or ExitCodes.GateFailed, uncached.Output + uncached.Errors);
        Assert.Equal(2 * afterFirst, server.Calls);
    }

    [Fact]
    public async Task AFailedJudge_LeavesTheMatchersVerdicts_MarkedAsTheMatchers()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatError("no such model"), 404));

        var result = await ScoreAsync(server, "out.json");

        Assert.Equal(ExitCodes.RunErrors, result.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out.json")));
        var statement = document.RootElement.GetProperty("results")[0].GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "faithfulness.coverage")
            .GetProperty("statements")[0];
        Assert.False(statement.GetProperty("judge").GetBoolean());
        Assert.Equal("matcher", statement.GetProperty("decidedBy").GetString());
    }

    private string Input()
    {
        var path = Path.Combine(dir, "answers.jsonl");
        var answer = "This is general information, not medical advice. Metastatic breast cancer is mostly treated with medicines that work through the whole body. Please talk with your oncologist.";
        File.WriteAllText(path, JsonSerializer.Serialize(new { id = "a1", question = "How is metastatic breast cancer treated?", answer, expect = new { must_have = new[] { Statement } } }) + "\n");
        return path;
    }

    private Task<CliResult> ScoreAsync(LoopbackServer server, string output, params string[] extra) =>
        CliRunner.RunAsync(["score", Input(), "--out", Path.Combine(dir, output), "--judge-endpoint", server.OpenAIEndpoint, "--judge-model", "judge-test", "--judge-cache", Path.Combine(dir, "cache"), .. extra]);
}
