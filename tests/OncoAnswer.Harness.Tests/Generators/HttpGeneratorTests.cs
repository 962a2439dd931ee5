using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

/// <summary>The http generator against a loopback server standing in for a product's own JSON API.</summary>
public sealed class HttpGeneratorTests : IDisposable
{
    private const string Question = "He said \"stop\"\nthen {{ left }} — what now?";
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Success_TemplateGetsEscapedConversationProfileAndSecretHeader_AnswerReadFromPath()
    {
        string? token = null;
        await using var server = await LoopbackServer.StartAsync((c, _) =>
        {
            token = c.Request.Headers["X-Api-Key"];
            return LoopbackServer.Json(c, JsonSerializer.Serialize(new { data = new { replies = new[] { new { text = Answers.Safe } } } }));
        });

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(Answers.Safe, result.Answer);
        Assert.Equal("key-123", token);
        using var body = JsonDocument.Parse(server.Bodies.Single());
        Assert.Equal(Question, body.RootElement.GetProperty("question").GetString());
        Assert.Equal("ER+ breast cancer", body.RootElement.GetProperty("diagnosis").GetString());
        Assert.Equal("user", body.RootElement.GetProperty("history")[0].GetProperty("role").GetString());
        Assert.Equal("q-001", body.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_IsRetriedThenScored()
    {
        await using var server = await LoopbackServer.StartAsync((c, call) =>
        {
            if (call == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return LoopbackServer.Json(c, "{}", 429);
            }

            return LoopbackServer.Json(c, JsonSerializer.Serialize(new { data = new { replies = new[] { new { text = Answers.Safe } } } }));
        });

        var run = await RunAsync(server);

        Assert.Equal(Verdict.Pass, Assert.Single(run.Results).Verdict);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task ServerErrorThenSuccess_IsRetriedThenScored()
    {
        await using var server = await LoopbackServer.StartAsync((c, call) => call == 1
            ? LoopbackServer.Json(c, "{}", 502)
            : LoopbackServer.Json(c, JsonSerializer.Serialize(new { data = new { replies = new[] { new { text = Answers.Safe } } } })));

        var run = await RunAsync(server);

        Assert.Equal(Verdict.Pass, Assert.Single(run.Results).Verdict);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task ClientError_IsNotRetriedAndIsAnErrorWithStatus()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, """{"error": "bad field"}""", 400));

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("HTTP 400", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad field", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, server.Calls);
    }

    [Fact]
    public async Task MalformedJson_IsAnErrorSayingSo()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, "{\"data\": [unterminated"));

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("is not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerPathMissing_IsAnErrorNamingThePath()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, """{"data": {"other": 1}}"""));

        var run = await RunAsync(server);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("no 'replies' on the answer path 'data.replies.0.text'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetConnection_IsRetriedThenAnError()
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
    }

    [Fact]
    public async Task Timeout_IsAnErrorWithItsReason()
    {
        await using var server = await LoopbackServer.StartAsync(async (c, _) =>
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));

        var run = await RunAsync(server, "timeout_seconds: 0.3\n    retries: 0\n");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("no answer within the per-call timeout of 0.3 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyTemplate_BuiltinFunctionsAndAssignmentsWork_OnEveryRequest()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, JsonSerializer.Serialize(new { answer = Answers.Safe })));
        var yaml = $$$"""
            generators:
              - name: product
                type: http
                url: {{{server.BaseUrl}}}chat
                body: |
                  {{ quiet = question | string.downcase }}{"loud": {{ question | string.upcase }}, "quiet": {{ quiet }} }
                answer_path: answer
                cache: false
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, new Dictionary<string, string>());
        var suite = Support.Runs.Suite("first", "second");

        var run = await new Runner(DefaultEvaluators.Create(), new RunnerOptions { Concurrency = 1 }).RunAsync([suite], [generator]);

        Assert.All(run.Results, r => Assert.Null(r.Error));
        var bodies = server.Bodies.Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(["QUESTION FOR FIRST", "QUESTION FOR SECOND"], bodies.Select(b => b.GetProperty("loud").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["question for first", "question for second"], bodies.Select(b => b.GetProperty("quiet").GetString()!).Order(StringComparer.Ordinal).ToArray());
    }

    private Task<RunResult> RunAsync(LoopbackServer server, string extra = "retries: 2\n")
    {
        var yaml = $$$"""
            generators:
              - name: product
                type: http
                url: {{{server.BaseUrl}}}chat
                headers:
                  X-Api-Key: ${PRODUCT_KEY}
                body: |
                  {"id": {{ scenario_id }}, "question": {{ question }}, "diagnosis": {{ patient.diagnosis }}, "history": {{ messages }} }
                answer_path: data.replies.0.text
                retry_delay_ms: 10
                cache: false
                {{{extra}}}
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, new Dictionary<string, string> { ["PRODUCT_KEY"] = "key-123" });
        var scenario = new Scenario("q-001", "s", "c", [], [new Turn(TurnRole.User, Question)], new PatientProfile("ER+ breast cancer", null, null, null), Expectations.Default, default);
        var suite = new Suite("s", "c", [], null, [scenario], "s.yaml");
        return new Runner(DefaultEvaluators.Create()).RunAsync([suite], [generator]);
    }
}
