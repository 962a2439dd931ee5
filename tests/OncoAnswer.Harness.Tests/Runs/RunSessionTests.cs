using System.Collections.Concurrent;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class RunSessionTests
{
    [Fact]
    public async Task Resume_AfterCancellation_GeneratesOnlyTheUnfinishedScenarios()
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        var suite = Support.Runs.Suite("a-001", "b-001", "c-001", "d-001");
        var calls = new ConcurrentDictionary<string, int>();
        using var cancellation = new CancellationTokenSource();
        using var first = new ScriptedChatClient(async (id, ct) =>
        {
            calls.AddOrUpdate(id, 1, (_, n) => n + 1);
            if (id == "c-001")
            {
                await cancellation.CancelAsync(); // Ctrl-C arrives while c-001 is being generated.
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Answers.Safe;
        });
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 });
        var interrupted = await session.RunAsync(new RunPlan([suite], [Support.Runs.Generator(first)]), cancellationToken: cancellation.Token);
        Assert.True(interrupted.Run.Cancelled);
        Assert.Equal(2, interrupted.Results.Count);

        using var second = new ScriptedChatClient((id, _) =>
        {
            calls.AddOrUpdate(id, 1, (_, n) => n + 1);
            return Task.FromResult(Answers.Safe);
        });
        var resumed = await session.RunAsync(new RunPlan([suite], [Support.Runs.Generator(second)]) { ResumeRunId = interrupted.Run.Id });

        Assert.Equal(interrupted.Run.Id, resumed.Run.Id);
        Assert.False(resumed.Run.Cancelled);
        Assert.Equal(["a-001", "b-001", "c-001", "d-001"], resumed.Results.Select(r => r.ScenarioId));
        Assert.Equal(1, calls["a-001"]);
        Assert.Equal(1, calls["b-001"]);
        Assert.Equal(2, calls["c-001"]); // interrupted once, generated again
        Assert.Equal(1, calls["d-001"]);
    }

    [Fact]
    public async Task SlowStore_HoldsBackTheRun_InsteadOfQueueingEveryResultInMemory_AndLosesNothing()
    {
        using var dir = new TempDir();
        using var sqlite = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        // The store stalls on its first write. Without back-pressure every one of the 3,000 answers would be generated
        // and queued in memory meanwhile; with it, the run stops well short (queue of 1,024 + a batch + a few in flight).
        var store = new StalledStore(sqlite, TimeSpan.FromSeconds(3));
        const int QueuedAtMost = 1024 + 256 + 64;
        var calls = 0;
        using var client = new ScriptedChatClient((_, _) =>
        {
            if (Interlocked.Increment(ref calls) > QueuedAtMost + 200)
            {
                store.Release(); // far past the bound: no point in waiting any longer
            }

            return Task.FromResult(Answers.Safe);
        });
        var ids = Enumerable.Range(0, 3000).Select(i => $"s-{i:D4}").ToArray();
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 4 });
        var callsWhileStalled = -1;
        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite(ids)], [Support.Runs.Generator(client)]), progress: _ =>
        {
            if (callsWhileStalled < 0)
            {
                callsWhileStalled = Volatile.Read(ref calls); // the first stored result: the stall has just ended
            }
        });

        Assert.InRange(callsWhileStalled, 1, QueuedAtMost);
        Assert.Equal(3000, run.Results.Count);
        Assert.Equal(ids, run.Results.Select(r => r.ScenarioId));
    }

    [Fact]
    public async Task Resume_WithOtherSuites_IsAnInputError()
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        using var client = new ScriptedChatClient((_, _) => Task.FromResult(Answers.Safe));
        var session = new RunSession(store, [new DisclaimerEvaluator()]);
        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite("a-001")], [Support.Runs.Generator(client)]));

        var ex = await Assert.ThrowsAsync<InputException>(() => session.RunAsync(new RunPlan([Support.Runs.Suite("a-001", "z-001")], [Support.Runs.Generator(client)]) { ResumeRunId = run.Run.Id }));

        Assert.Contains("other suites", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeat_ReportsFlakyScenarios()
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        var flips = 0;
        using var client = new ScriptedChatClient((id, _) =>
            Task.FromResult(id == "flaky-001" && Interlocked.Increment(ref flips) == 2 ? Answers.NoDisclaimer : Answers.Safe));
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 });

        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite("steady-001", "flaky-001")], [Support.Runs.Generator(client)]) { Repeat = 3 });

        Assert.Equal(6, run.Planned);
        Assert.Equal(6, run.Results.Count);
        var stability = Stability.Of(run).ToDictionary(s => s.ScenarioId);
        Assert.Equal((3, 3, false), (stability["steady-001"].Passed, stability["steady-001"].Runs, stability["steady-001"].Flaky));
        Assert.Equal((2, 3, true), (stability["flaky-001"].Passed, stability["flaky-001"].Runs, stability["flaky-001"].Flaky));
        Assert.Equal(GateOutcome.Failed, Gate.Evaluate(run));
    }

    [Fact]
    public async Task Shards_PartitionTheScenariosDeterministically()
    {
        var ids = Enumerable.Range(1, 40).Select(i => $"s-{i:000}").ToArray();
        var shards = Enumerable.Range(1, 4).Select(i => new ShardSpec(i, 4)).ToList();

        var owners = ids.Select(id => shards.Count(s => s.Contains(id))).ToList();

        Assert.All(owners, n => Assert.Equal(1, n));
        Assert.All(shards, s => Assert.InRange(ids.Count(s.Contains), 3, 20));
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        using var client = new ScriptedChatClient((_, _) => Task.FromResult(Answers.Safe));
        var run = await new RunSession(store, [new DisclaimerEvaluator()]).RunAsync(new RunPlan([Support.Runs.Suite(ids)], [Support.Runs.Generator(client)]) { Shard = shards[1] });
        Assert.Equal(ids.Where(shards[1].Contains), run.Results.Select(r => r.ScenarioId));
        Assert.Equal("2/4", run.Run.Shard);
        Assert.Equal(40, run.Run.ScenarioCount);
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1-4")]
    [InlineData("a/b")]
    public void ShardSpec_Malformed_SaysWhatToWrite(string text)
    {
        Assert.Null(ShardSpec.TryParse(text, out var problem));
        Assert.Contains("I/N", problem, StringComparison.Ordinal);
    }
}
