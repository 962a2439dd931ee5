using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

/// <summary>
/// Issue 19, item 19: the openai type against servers that differ from OpenAI's own: the token-limit parameter's name
/// is configurable, extra headers (Azure's api-key) are sent and masked, and a 404, empty choices or invalid JSON give
/// a message naming the endpoint.
/// </summary>
public sealed class OpenAICompatibilityTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("", "max_completion_tokens", "max_tokens")]
    [InlineData("max_tokens_parameter: max_tokens", "max_tokens", "max_completion_tokens")]
    [InlineData("max_tokens_parameter: max_completion_tokens", "max_completion_tokens", "max_tokens")]
    public async Task TheTokenLimit_IsSentUnderTheConfiguredName(string setting, string sent, string notSent)
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));

        var run = await RunAsync(server, "v1", "max_tokens: 123\n" + setting);

        Assert.Null(run.Results.Single().Error);
        using var body = JsonDocument.Parse(server.Bodies.Single());
        Assert.Equal(123, body.RootElement.GetProperty(sent).GetInt32());
        Assert.False(body.RootElement.TryGetProperty(notSent, out _));
    }

    [Fact]
    public async Task Headers_AreSentWithEveryCall_AndTheirSecretsMasked()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion("Key " + c.Request.Headers["api-key"] + ". " + Answers.Safe)));

        var run = await RunAsync(server, "v1", "headers: { api-key: \"${AZURE_KEY}\", X-Team: oncology }", new Dictionary<string, string> { ["AZURE_KEY"] = "azure-key-4471" });

        var request = server.Requests.Single();
        Assert.Equal("azure-key-4471", request.Headers["api-key"]);
        Assert.Equal("oncology", request.Headers["X-Team"]);
        Assert.DoesNotContain("azure-key-4471", run.Results.Single().Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_NamesTheUrlTriedAndHintsAtV1()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, "{\"detail\": \"Not Found\"}", 404));

        var error = (await RunAsync(server, "")).Results.Single().Error!;

        Assert.Contains(server.BaseUrl + "chat/completions", error, StringComparison.Ordinal);
        Assert.Contains("/v1", error, StringComparison.Ordinal);
        Assert.Equal(1, server.Calls);
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"object\": \"chat.completion\", \"created\": 1, \"model\": \"m\", \"choices\": []}", "no choices")]
    [InlineData("{\"choices\": [ {\"message\": ", "not valid JSON")]
    [InlineData("<html><body>Bad gateway</body></html>", "not valid JSON")]
    public async Task AMalformedResponse_NamesTheEndpoint(string body, string problem)
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, body));

        var error = (await RunAsync(server, "v1")).Results.Single().Error!;

        Assert.Contains(server.BaseUrl + "v1", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Index was out of range", error, StringComparison.Ordinal);
    }

    private Task<RunResult> RunAsync(LoopbackServer server, string path, string extra = "", IReadOnlyDictionary<string, string>? variables = null)
    {
        var yaml = $"""
            generators:
              - name: test
                type: openai
                base_url: {server.BaseUrl}{path}
                model: test-model
                retries: 0
                cache: false
            {string.Join("\n", extra.Split('\n').Select(l => "    " + l))}
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, variables ?? new Dictionary<string, string>());
        return new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [generator]);
    }
}
