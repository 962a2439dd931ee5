using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Generators.Decorators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators.Decorators;

/// <summary>
/// Issue 19, item 15: once the circuit opens, each error still names the last real cause (status and body excerpt);
/// the messages do not say "failed after 0 attempt(s)" or repeat the status ("HTTP 429: HTTP 429").
/// </summary>
public sealed class ResilienceMessagesTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task AnOpenCircuit_KeepsTheLastRealCauseInEveryError()
    {
        using var inner = new ScriptedChatClient((_, _) => throw new TransientGeneratorException("HTTP 503 Service Unavailable from http://127.0.0.1:9/chat: {\"error\": \"model overloaded\"}"));
        using var client = new ResilientChatClient(inner, new ResilienceOptions { Retries = 0 });
        var messages = new List<string>();

        for (var i = 0; i < 30; i++)
        {
            var ex = await Assert.ThrowsAsync<GeneratorException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], GeneratorRequest.For("q-" + i)));
            messages.Add(ex.Message);
        }

        Assert.True(inner.Calls < 30, "the circuit never opened");
        var open = messages.Skip(inner.Calls).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, m =>
        {
            Assert.Contains("circuit open", m, StringComparison.Ordinal);
            Assert.Contains("HTTP 503 Service Unavailable", m, StringComparison.Ordinal);
            Assert.Contains("model overloaded", m, StringComparison.Ordinal);
            Assert.DoesNotContain("0 attempt(s)", m, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ARateLimitedOpenAICall_NamesTheStatusOnce()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatError("Rate limit reached for requests", "rate_limit"), 429));
        var yaml = $"""
            generators:
              - name: test
                type: openai
                base_url: {server.BaseUrl}v1
                model: test-model
                retries: 0
                cache: false
            """;

        var run = await new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [Support.Generators.FromYaml(yaml, dir.Path)]);

        var error = run.Results.Single().Error!;
        Assert.Contains("HTTP 429", error, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 429: HTTP 429", error, StringComparison.Ordinal);
        Assert.Contains("Rate limit reached for requests", error, StringComparison.Ordinal);
    }
}
