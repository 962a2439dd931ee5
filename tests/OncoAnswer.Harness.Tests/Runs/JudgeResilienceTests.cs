using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>
/// Issue 19, items 16-18: the judge has the generators' resilience (Retry-After honoured, no retry on a 4xx other
/// than 408/429), its cache key names the endpoint, and a result records who decided each verdict when it fails.
/// The judge is an OpenAI-compatible server on loopback.
/// </summary>
public sealed class JudgeResilienceTests : IDisposable
{
    private const string Entailed = """{"verdict": "entailed"}""";
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task ATooManyRequestsReply_IsRetriedAfterItsRetryAfter()
    {
        await using var server = await LoopbackServer.StartAsync((c, call) =>
        {
            if (call == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return LoopbackServer.Json(c, LoopbackServer.ChatError("slow down", "rate_limit"), 429);
            }

            return LoopbackServer.Json(c, LoopbackServer.ChatCompletion(Entailed));
        });

        var verdict = await Judge(server).StatementAsync("An answer.", "A statement.");

        Assert.Equal(StatementVerdictKind.Entailed, verdict);
        Assert.Equal(2, server.Calls);
        var gap = server.Requests[1].At - server.Requests[0].At;
        Assert.True(gap >= TimeSpan.FromMilliseconds(900), $"retried after {gap.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task AClientError_IsNotRetried(int status)
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatError("no"), status));

        var ex = await Assert.ThrowsAsync<JudgeException>(() => Judge(server).StatementAsync("An answer.", "A statement."));

        Assert.Equal(1, server.Calls);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCacheKey_NamesTheEndpoint()
    {
        await using var first = await LoopbackServer.StartChatAsync(_ => (200, Entailed));
        await using var second = await LoopbackServer.StartChatAsync(_ => (200, """{"verdict": "contradicted"}"""));
        var cache = Path.Combine(dir.Path, "shared-cache");

        var a = await Judge(first, cache).StatementAsync("An answer.", "A statement.");
        var b = await Judge(second, cache).StatementAsync("An answer.", "A statement.");
        var again = await Judge(first, cache).StatementAsync("An answer.", "A statement.");

        Assert.Equal((StatementVerdictKind.Entailed, StatementVerdictKind.Contradicted, StatementVerdictKind.Entailed), (a, b, again));
        Assert.Equal((1, 1), (first.Calls, second.Calls));
    }

    [Fact]
    public async Task AFailedJudge_TheRubricReasonSaysTheJudgeFailed_NotThatThereIsNone()
    {
        RubricCriterion[] rubric = [new("Is warm and respectful", 3, ["axis:communication_quality"])];
        await using var down = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatError("bad key"), 401));
        var judge = Judge(down);
        var suite = Support.Runs.Suite("a-001");
        suite = suite with { Scenarios = [.. suite.Scenarios.Select(s => s with { Expect = s.Expect with { Rubric = rubric } })] };
        using var client = new ScriptedChatClient((_, _) => Task.FromResult("Here is what is known."));

        var run = await new Runner([new RubricEvaluator(judge: judge)], new RunnerOptions { Concurrency = 1, Judge = judge }).RunAsync([suite], [Support.Runs.Generator(client)]);

        var reason = run.Results.Single().Metrics.Single().Reason;
        Assert.DoesNotContain("no judge", reason, StringComparison.Ordinal);
        Assert.Contains("the LLM judge (judge-model) failed", reason, StringComparison.Ordinal);
    }

    private LlmJudge Judge(LoopbackServer server, string? cache = null) => new JudgeOptions
    {
        Endpoint = new Uri(server.OpenAIEndpoint),
        Model = "judge-model",
        CacheDirectory = cache ?? Path.Combine(dir.Path, "judge-cache-" + server.BaseUrl.Port),
    }.CreateJudge();
}
