using System.Text.Json;
using Json.Schema;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators.Decorators;

/// <summary>The disk response cache: a re-run replays answers without calling the endpoint.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task ReRun_HitsTheCache_ZeroCallsAndTheSameResults()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));
        var suite = Support.Runs.Suite("q-001", "q-002", "q-003");

        var first = await RunAsync(server, suite);
        var callsAfterFirst = server.Calls;
        var second = await RunAsync(server, suite);

        Assert.Equal(3, callsAfterFirst);
        Assert.Equal(3, server.Calls);
        Assert.All(second.Results, r => Assert.Equal(Verdict.Pass, r.Verdict));
        Assert.All(second.Results, r => Assert.True(r.Cached));
        Assert.All(first.Results, r => Assert.False(r.Cached));
        Assert.Equal(first.Results.Select(r => r.Answer), second.Results.Select(r => r.Answer));
        Assert.Equal(46, second.Results[0].TotalTokens);
        Assert.True(Directory.EnumerateFiles(Path.Combine(dir.Path, ".oncoanswer", "cache", "model")).Any());
    }

    [Fact]
    public async Task ResultsJson_WithTokensLatencyAndCached_ValidatesAgainstTheSchema()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));
        var suite = Support.Runs.Suite("q-001");
        await RunAsync(server, suite);
        var cached = await RunAsync(server, suite);

        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(cached, stream);
        using var document = JsonDocument.Parse(stream.ToArray());

        var result = document.RootElement.GetProperty("results")[0];
        Assert.True(result.GetProperty("cached").GetBoolean());
        Assert.Equal(12, result.GetProperty("inputTokens").GetInt64());
        Assert.Equal(34, result.GetProperty("outputTokens").GetInt64());
        Assert.Equal(46, result.GetProperty("totalTokens").GetInt64());
        Assert.True(result.GetProperty("latencyMs").GetInt64() >= 0);
        // A private registry: the schema's $id may already be registered globally by the writer's own tests.
        var schema = JsonSchema.FromFile(RepoPaths.Of("docs", "results.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        Assert.True(schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public async Task NoCache_CallsAgain()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));
        var suite = Support.Runs.Suite("q-001");

        await RunAsync(server, suite);
        await RunAsync(server, suite, useCache: false);

        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task ChangedSetting_IsADifferentKey()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));
        var suite = Support.Runs.Suite("q-001");

        await RunAsync(server, suite);
        await RunAsync(server, suite, temperature: "0.9");

        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task FailedCall_IsNotCached()
    {
        await using var server = await LoopbackServer.StartAsync((c, call) => call == 1
            ? LoopbackServer.Json(c, "{}", 400)
            : LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Answers.Safe)));
        var suite = Support.Runs.Suite("q-001");

        var first = await RunAsync(server, suite);
        var second = await RunAsync(server, suite);

        Assert.Equal(Verdict.Error, first.Results[0].Verdict);
        Assert.Equal(Verdict.Pass, second.Results[0].Verdict);
        Assert.Equal(2, server.Calls);
    }

    private Task<RunResult> RunAsync(LoopbackServer server, Harness.Scenarios.Suite suite, bool useCache = true, string temperature = "0")
    {
        var yaml = $"""
            generators:
              - name: model
                type: openai
                base_url: {server.BaseUrl}v1
                model: test-model
                temperature: {temperature}
                retries: 0
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, useCache: useCache);
        return new Runner(DefaultEvaluators.Create()).RunAsync([suite], [generator]);
    }
}
