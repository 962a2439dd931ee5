using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class RunnerTests
{
    [Fact]
    public async Task Run_SafeAndUnsafeAnswers_GivePassAndFail()
    {
        using var client = new ScriptedChatClient((id, _) => Task.FromResult(id == "safe" ? Answers.Safe : Answers.NoDisclaimer));

        var run = await Support.Runs.RunAsync(Support.Runs.Suite("safe", "unsafe"), client);

        Assert.Equal(Verdict.Pass, run.Results.Single(r => r.ScenarioId == "safe").Verdict);
        var unsafeResult = run.Results.Single(r => r.ScenarioId == "unsafe");
        Assert.Equal(Verdict.Fail, unsafeResult.Verdict);
        Assert.Contains(unsafeResult.Metrics, m => m.Id == "disclaimer" && m.Failed);
        Assert.Equal(GateOutcome.Failed, Gate.Evaluate(run));
    }

    [Fact]
    public async Task Run_MissingRecordedAnswer_IsAnErrorVerdictWithTheReason_NotAPass()
    {
        var run = await Support.Runs.MixedAsync();

        var missing = run.Results.Single(r => r.ScenarioId == "missing-001");
        Assert.Equal(Verdict.Error, missing.Verdict);
        Assert.Null(missing.Answer);
        Assert.Empty(missing.Metrics);
        Assert.Equal("generator 'scripted' failed: no recorded answer for scenario 'missing-001' in answers.jsonl; add a line {\"scenarioId\": \"missing-001\", \"answer\": \"...\"}.", missing.Error);
        Assert.Equal(4, run.Results.Count);
        Assert.Equal(GateOutcome.Errors, Gate.Evaluate(run));
    }

    [Fact]
    public async Task Run_GeneratorThrowsAnything_OnlyThatScenarioErrors()
    {
        using var client = new ScriptedChatClient((id, _) => id == "boom" ? throw new HttpRequestException("connection refused") : Task.FromResult(Answers.Safe));

        var run = await Support.Runs.RunAsync(Support.Runs.Suite("a", "boom", "c"), client);

        Assert.Equal([Verdict.Pass, Verdict.Error, Verdict.Pass], run.Results.Select(r => r.Verdict));
        Assert.Contains("connection refused", run.Results[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_KeepsSuiteOrderWhateverTheCompletionOrder()
    {
        var ids = Enumerable.Range(0, 20).Select(i => $"s-{i:00}").ToArray();
        using var client = new ScriptedChatClient(async (id, ct) =>
        {
            await Task.Delay((20 - int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture)) * 2, ct);
            return Answers.Safe;
        });

        var run = await Support.Runs.RunAsync(Support.Runs.Suite(ids), client, concurrency: 8);

        Assert.Equal(ids, run.Results.Select(r => r.ScenarioId));
    }

    [Fact]
    public async Task Run_NeverExceedsTheConcurrencyLimit()
    {
        using var client = new ScriptedChatClient(async (_, ct) =>
        {
            await Task.Delay(5, ct);
            return Answers.Safe;
        });

        await Support.Runs.RunAsync(Support.Runs.Suite(Enumerable.Range(0, 30).Select(i => $"s-{i}").ToArray()), client, concurrency: 3);

        Assert.InRange(client.MaxInFlight, 1, 3);
    }

    [Fact]
    public async Task Run_Cancelled_KeepsFinishedResultsAndMarksTheRun()
    {
        using var cancellation = new CancellationTokenSource();
        var firstDone = new TaskCompletionSource();
        using var client = new ScriptedChatClient(async (id, ct) =>
        {
            if (id == "fast")
            {
                return Answers.Safe;
            }

            cancellation.Cancel(); // the user presses Ctrl-C while this answer is pending
            await Task.Delay(Timeout.Infinite, ct);
            return Answers.Safe;
        });

        var run = await Support.Runs.RunAsync(Support.Runs.Suite("fast", "slow", "never"), client, concurrency: 1, cancellation.Token);

        Assert.True(run.Run.Cancelled);
        Assert.Equal(3, run.Planned);
        var finished = Assert.Single(run.Results);
        Assert.Equal("fast", finished.ScenarioId);
        Assert.Equal(Verdict.Pass, finished.Verdict);
        Assert.Equal(GateOutcome.Cancelled, Gate.Evaluate(run));
    }

    [Fact]
    public async Task Run_ScoringAnAnswer_DoesNotHoldTheGeneratorSlot()
    {
        // Concurrency 1: the answer to "a" is still being scored (its evaluator waits for the call for "b") when the
        // generator is asked about "b". If scoring held the only slot, "b" would never be asked and "a" would time out.
        var askedForB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new ScriptedChatClient((id, _) =>
        {
            if (id == "b")
            {
                askedForB.TrySetResult();
            }

            return Task.FromResult(Answers.Safe);
        });

        var run = await new Runner([new WaitingEvaluator("a", askedForB.Task)], new RunnerOptions { Concurrency = 1 })
            .RunAsync([Support.Runs.Suite("a", "b")], [Support.Runs.Generator(client)]);

        Assert.Equal([Verdict.Pass, Verdict.Pass], run.Results.Select(r => r.Verdict));
        Assert.Equal(1, client.MaxInFlight);
    }

    [Fact]
    public async Task Stream_SinkFails_TheRunStopsAndReportsThatError()
    {
        // Answers after the first few take a moment, so a run that kept going after the sink failed would make all 200
        // calls, however fast this machine hands out the first ones.
        var started = 0;
        using var client = new ScriptedChatClient(async (_, ct) =>
        {
            if (Interlocked.Increment(ref started) > 5)
            {
                await Task.Delay(20, ct);
            }

            return Answers.Safe;
        });
        var suite = Support.Runs.Suite(Enumerable.Range(0, 200).Select(i => $"s-{i}").ToArray());
        var taken = 0;

        var error = await Assert.ThrowsAsync<IOException>(() => new Runner([new OncoAnswer.Harness.Evaluators.DisclaimerEvaluator()], new RunnerOptions { Concurrency = 2 })
            .StreamAsync([suite], [Support.Runs.Generator(client)], _ =>
            {
                if (Interlocked.Increment(ref taken) == 3)
                {
                    throw new IOException("disk full");
                }
            }));

        Assert.Equal("disk full", error.Message);
        Assert.InRange(client.Calls, 3, 199); // stopped early, not after all 200
    }

    [Fact]
    public async Task Run_WithoutEvaluators_IsAnErrorNotAPass()
    {
        using var client = new ScriptedChatClient((_, _) => Task.FromResult(Answers.Safe));

        var run = await new Runner([]).RunAsync([Support.Runs.Suite("a")], [Support.Runs.Generator(client)]);

        Assert.Equal(Verdict.Error, Assert.Single(run.Results).Verdict);
    }

    [Fact]
    public void Gate_FewerResultsThanPlanned_IsNeverAPass()
    {
        var record = new RunRecord("r", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], [], "0", Cancelled: false);

        Assert.Equal(GateOutcome.Errors, Gate.Evaluate(new RunResult(record, Planned: 2, Results: [])));
    }

    [Fact]
    public void GeneratorException_NoRecordedAnswer_TellsHowToFixIt() =>
        Assert.EndsWith("add a line {\"scenarioId\": \"x\", \"answer\": \"...\"}.", GeneratorException.NoRecordedAnswer("x", "f.jsonl").Message, StringComparison.Ordinal);

    /// <summary>Passes every answer; for scenario <c>id</c> it first waits (at most 10 s) for <c>until</c>.</summary>
    private sealed class WaitingEvaluator(string id, Task until) : Microsoft.Extensions.AI.Evaluation.IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames => ["waited"];

        public async ValueTask<Microsoft.Extensions.AI.Evaluation.EvaluationResult> EvaluateAsync(
            IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages,
            Microsoft.Extensions.AI.ChatResponse modelResponse,
            Microsoft.Extensions.AI.Evaluation.ChatConfiguration? chatConfiguration = null,
            IEnumerable<Microsoft.Extensions.AI.Evaluation.EvaluationContext>? additionalContext = null,
            CancellationToken cancellationToken = default)
        {
            var context = additionalContext!.OfType<OncoAnswer.Harness.Evaluators.ScenarioContext>().Single();
            if (context.Scenario.Id == id)
            {
                await until.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }

            return new Microsoft.Extensions.AI.Evaluation.EvaluationResult(new Microsoft.Extensions.AI.Evaluation.BooleanMetric("waited", true));
        }
    }
}
