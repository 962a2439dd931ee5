using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Generators.Exec;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

/// <summary>Non-answers (issue 16): a cut-off completion or an error message in the answer's place is an error verdict, never scored.</summary>
public sealed class NonAnswerTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("Error: upstream model unavailable, please retry later")]
    [InlineData("Request failed: 503")]
    [InlineData("ERROR 502 - the gateway did not answer in time")]
    [InlineData("503 Service Unavailable")]
    [InlineData("Internal Server Error")]
    [InlineData("Sorry, something went wrong. Please try again.")]
    [InlineData("I'm sorry, I couldn't generate a response because of a server error. Please try again later.")]
    [InlineData("The model is currently overloaded with other requests. Please retry in a few minutes.")]
    [InlineData("The assistant is temporarily unavailable.")]
    [InlineData("Rate limit exceeded: too many requests. Try again later.")]
    [InlineData("{\"error\": {\"message\": \"The server had an error while processing your request.\", \"type\": \"server_error\"}}")]
    [InlineData("{\"detail\": \"Not Found\"}")]
    [InlineData("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>")]
    [InlineData("Traceback (most recent call last):\n  File \"app.py\", line 12, in answer\nKeyError: 'content'")]
    [InlineData("null")]
    [InlineData("   \n\t ")]
    [InlineData("")]
    public void ErrorMessagesEmptyTextsAndBareBodies_AreNonAnswers(string text)
    {
        var why = NonAnswer.Reason(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));

        Assert.NotNull(why);
        Assert.StartsWith("non-answer: ", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Your lab report mentions an error in the potassium result; this usually means the sample needs to be repeated, so your team may ask for another blood test.")]
    [InlineData("Error bars on the survival graph show how uncertain each estimate is; your oncologist can explain what they mean for you.")]
    [InlineData("If the pharmacy line is busy, please try again later or call your oncology nurse directly.")]
    [InlineData("Sometimes a scan report contains a typing error. If something in your report does not match what you were told, ask your care team to go through it with you.")]
    [InlineData("Something went wrong in the DNA repair machinery of the cells: that is what a BRCA mutation means, and it is why PARP inhibitors can work.")]
    [InlineData("Failed treatments are not the end: after progression on a CDK4/6 inhibitor there are other options, and your oncologist will talk you through them.")]
    [InlineData("No. Please call your oncology team or go to the emergency department now.")]
    [InlineData("The 503 patients in the trial did about as well with either treatment.")]
    public void RealAnswersThatMentionErrorsOrRetries_AreAnswers(string text)
    {
        Assert.Null(NonAnswer.Reason(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))));
    }

    [Fact]
    public void ACompletionCutOffAtTheTokenLimit_IsANonAnswerWhateverItsText()
    {
        var cut = new ChatResponse(new ChatMessage(ChatRole.Assistant, Answers.Safe)) { FinishReason = ChatFinishReason.Length };
        var whole = new ChatResponse(new ChatMessage(ChatRole.Assistant, Answers.Safe)) { FinishReason = ChatFinishReason.Stop };

        Assert.Contains("cut off at the token limit", NonAnswer.Reason(cut), StringComparison.Ordinal);
        Assert.Null(NonAnswer.Reason(whole));
        Assert.Equal(ChatFinishReason.Length, FinishReasons.Parse("length"));
        Assert.Equal(ChatFinishReason.Length, FinishReasons.Parse("MAX_TOKENS"));
        Assert.Equal(ChatFinishReason.Stop, FinishReasons.Parse("end_turn"));
        Assert.Null(FinishReasons.Parse(" "));
    }

    [Fact]
    public async Task Runner_GivesNonAnswersTheErrorVerdictWithTheReason_AndScoresNothing()
    {
        var suite = Support.Runs.Suite("cut-001", "outage-001", "safe-001");
        using var client = new FinishingChatClient(id => id switch
        {
            "cut-001" => (Answers.Safe, ChatFinishReason.Length),
            "outage-001" => ("Error: upstream model unavailable, please retry later", ChatFinishReason.Stop),
            _ => (Answers.Safe, ChatFinishReason.Stop),
        });

        var run = await new Runner(DefaultEvaluators.Create(), new RunnerOptions { Concurrency = 2 }).RunAsync([suite], [Support.Runs.Generator(client)]);

        var cut = run.Results.Single(r => r.ScenarioId == "cut-001");
        var outage = run.Results.Single(r => r.ScenarioId == "outage-001");
        Assert.Equal((Verdict.Error, Verdict.Error), (cut.Verdict, outage.Verdict));
        Assert.Contains("finish_reason \"length\"", cut.Error, StringComparison.Ordinal);
        Assert.Contains("an error message", outage.Error, StringComparison.Ordinal);
        Assert.Empty(cut.Metrics);
        Assert.Empty(outage.Metrics);
        Assert.Equal(Answers.Safe, cut.Answer);
        Assert.Equal(2, run.Errors);
        Assert.Equal(GateOutcome.Errors, Gate.Evaluate(run));
        Assert.Contains("non-answer", ResultReasons.Why(outage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_CarriesTheRecordedFinishReason_FromJsonlAndCsv()
    {
        var jsonl = dir.Write("answers.jsonl", "{\"scenarioId\": \"a-001\", \"answer\": \"Chemotherapy and hormone\", \"finishReason\": \"length\"}\n{\"scenarioId\": \"b-001\", \"answer\": \"Whole.\"}\n");
        var csv = dir.Write("answers.csv", "scenario_id,answer,finish_reason\nc-001,\"Chemotherapy and\",max_tokens\nd-001,Whole.,stop\n");
        using var fromJsonl = new ReplayChatClient(RecordedAnswers.Load(jsonl));
        using var fromCsv = new ReplayChatClient(RecordedAnswers.Load(csv));

        Assert.Equal(ChatFinishReason.Length, (await fromJsonl.GetResponseAsync([], GeneratorRequest.For("a-001"))).FinishReason);
        Assert.Null((await fromJsonl.GetResponseAsync([], GeneratorRequest.For("b-001"))).FinishReason);
        Assert.Equal(ChatFinishReason.Length, (await fromCsv.GetResponseAsync([], GeneratorRequest.For("c-001"))).FinishReason);
        Assert.Equal(ChatFinishReason.Stop, (await fromCsv.GetResponseAsync([], GeneratorRequest.For("d-001"))).FinishReason);
    }

    [Fact]
    public void Exec_ReadsAnAnswerEnvelopeWithFinishReason_AndLeavesOtherOutputAsText()
    {
        Assert.Equal(("Chemo and", "length"), ExecChatClient.ReadOutput("{\"answer\": \"Chemo and\", \"finish_reason\": \"length\"}"));
        Assert.Equal(("Plain answer.", (string?)null), ExecChatClient.ReadOutput("Plain answer."));
        var error = "{\"error\": \"model unavailable\"}";
        Assert.Equal((error, (string?)null), ExecChatClient.ReadOutput(error));
    }

    [Fact]
    public async Task OpenAIGenerator_ACutOffCompletionIsAnError_AndANonAnswerIsNotCached()
    {
        // Call 1: cut off at the token limit; call 2: an outage message; call 3 on: a whole answer.
        await using var server = await LoopbackServer.StartAsync((c, call) => LoopbackServer.Json(c, call switch
        {
            1 => Completion("Metastatic breast cancer is treated mainly with", "length"),
            2 => Completion("Error: upstream model unavailable, please retry later", "stop"),
            _ => LoopbackServer.ChatCompletion(Answers.Safe),
        }));
        var suite = Support.Runs.Suite("q-001");

        var cut = await RunOpenAIAsync(server, suite);
        var outage = await RunOpenAIAsync(server, suite);
        var whole = await RunOpenAIAsync(server, suite);
        var cached = await RunOpenAIAsync(server, suite);

        Assert.Equal(Verdict.Error, cut.Results[0].Verdict);
        Assert.Contains("token limit", cut.Results[0].Error, StringComparison.Ordinal);
        Assert.Equal(Verdict.Error, outage.Results[0].Verdict);
        Assert.Equal(Verdict.Pass, whole.Results[0].Verdict);
        Assert.True(cached.Results[0].Cached);
        Assert.Equal(3, server.Calls);
    }

    [Fact]
    public async Task HttpGenerator_ReadsTheFinishReasonBesideAnOpenAIShapedAnswer_OrAtItsOwnPath()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c,
            "{\"choices\": [{\"message\": {\"content\": \"Treatment is mainly\"}, \"finish_reason\": \"length\"}], \"meta\": {\"stop\": \"max_tokens\"}}"));
        var suite = Support.Runs.Suite("q-001");

        var derived = await RunHttpAsync(server, suite, "choices.0.message.content", null);
        var own = await RunHttpAsync(server, suite, "/choices/0/message/content", "meta.stop");

        Assert.Contains("token limit", derived.Results[0].Error, StringComparison.Ordinal);
        Assert.Contains("token limit", own.Results[0].Error, StringComparison.Ordinal);
    }

    private Task<RunResult> RunOpenAIAsync(LoopbackServer server, Harness.Scenarios.Suite suite)
    {
        var yaml = $"""
            generators:
              - name: model
                type: openai
                base_url: {server.BaseUrl}v1
                model: test-model
                retries: 0
            """;
        return new Runner(DefaultEvaluators.Create()).RunAsync([suite], [Support.Generators.FromYaml(yaml, dir.Path)]);
    }

    private Task<RunResult> RunHttpAsync(LoopbackServer server, Harness.Scenarios.Suite suite, string answerPath, string? finishReasonPath)
    {
        var yaml = $$$"""
            generators:
              - name: product
                type: http
                url: {{{server.BaseUrl}}}answer
                body: '{"q": {{ question }} }'
                answer_path: {{{answerPath}}}
                retries: 0
                cache: false
                {{{(finishReasonPath is null ? "" : "finish_reason_path: " + finishReasonPath)}}}
            """;
        return new Runner(DefaultEvaluators.Create()).RunAsync([suite], [Support.Generators.FromYaml(yaml, dir.Path, useCache: false)]);
    }

    private static string Completion(string content, string finishReason) =>
        LoopbackServer.ChatCompletion(content).Replace("\"finish_reason\":\"stop\"", "\"finish_reason\":\"" + finishReason + "\"", StringComparison.Ordinal);

    /// <summary>A generator answering each scenario with a text and a finish reason.</summary>
    private sealed class FinishingChatClient(Func<string, (string Text, ChatFinishReason Reason)> answer) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var (text, reason) = answer(GeneratorRequest.ScenarioId(options)!);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = reason });
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
