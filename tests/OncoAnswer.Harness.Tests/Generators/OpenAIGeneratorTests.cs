using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

/// <summary>The openai generator against a loopback server speaking the chat-completions JSON.</summary>
public sealed class OpenAIGeneratorTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Success_AnswerIsScoredWithTokensAndLatency_AndSettingsAreSent()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));

        var run = await RunAsync(server, "temperature: 0.2\n    max_tokens: 300\n");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(Answers.Safe, result.Answer);
        Assert.Equal(12, result.InputTokens);
        Assert.Equal(34, result.OutputTokens);
        Assert.Equal(46, result.TotalTokens);
        Assert.NotNull(result.LatencyMs);
        using var request = JsonDocument.Parse(server.Bodies.Single());
        Assert.Equal("test-model", request.RootElement.GetProperty("model").GetString());
        Assert.Equal(0.2, request.RootElement.GetProperty("temperature").GetDouble(), 3);
        Assert.Equal("Question for q-001", request.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.DoesNotContain("oncoanswer.", server.Bodies.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_IsRetriedThenScored()
    {
        await using var server = await LoopbackServer.StartAsync((c, call) =>
        {
            if (call == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return LoopbackServer.Json(c, """{"error": {"message": "rate limited"}}""", 429);
            }

            return LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe));
        });

        var run = await RunAsync(server);

        Assert.Equal(Verdict.Pass, Assert.Single(run.Results).Verdict);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task ServerErrorThenSuccess_IsRetriedThenScored()
    {
        await using var server = await LoopbackServer.StartAsync((c, call) => call == 1
            ? LoopbackServer.Json(c, """{"error": {"message": "boom"}}""", 500)
            : LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));

        var run = await RunAsync(server);

        Assert.Equal(Verdict.Pass, Assert.Single(run.Results).Verdict);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task PersistentServerError_IsAnErrorVerdictNamingAttemptsAndStatus()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, """{"error": {"message": "down"}}""", 503));

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("failed after 3 attempt(s): HTTP 503", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, server.Calls);
    }

    [Fact]
    public async Task Timeout_IsAnErrorVerdictWithItsReason()
    {
        await using var server = await LoopbackServer.StartAsync(async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        var run = await RunAsync(server, "timeout_seconds: 0.3\n", retries: 1);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("failed after 2 attempt(s): no answer within the per-call timeout of 0.3 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_IsAnErrorVerdict()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, """{"choices": [{"message": """));

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.StartsWith("generator 'test' failed:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetConnection_IsRetriedThenAnErrorVerdict()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) =>
        {
            c.Abort();
            return Task.CompletedTask;
        });

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("failed after 3 attempt(s)", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, server.Calls);
    }

    [Fact]
    public async Task ApiKey_IsSentFromTheEnvironmentAndNeverWrittenToResults()
    {
        string? authorization = null;
        await using var server = await LoopbackServer.StartAsync((c, _) =>
        {
            authorization = c.Request.Headers.Authorization;
            return LoopbackServer.Json(c, LoopbackServer.ChatCompletion("Your key is sk-test-secret. " + Answers.Safe));
        });

        var run = await RunAsync(server);

        Assert.Equal("Bearer sk-test-secret", authorization);
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(run, stream);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("sk-test-secret", json, StringComparison.Ordinal);
        Assert.Contains("Your key is ***.", json, StringComparison.Ordinal);
    }

    private Task<RunResult> RunAsync(LoopbackServer server, string extra = "", int retries = 2)
    {
        var yaml = $"""
            generators:
              - name: test
                type: openai
                base_url: {server.BaseUrl}v1
                model: test-model
                api_key: ${"{"}TEST_OPENAI_KEY{"}"}
                retries: {retries}
                retry_delay_ms: 10
                cache: false
                {extra}
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, new Dictionary<string, string> { ["TEST_OPENAI_KEY"] = "sk-test-secret" });
        return new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [generator]);
    }
}
