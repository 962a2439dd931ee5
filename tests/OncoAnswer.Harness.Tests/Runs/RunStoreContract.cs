using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.RunHost;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>
/// The run store contract: every <see cref="IRunStore"/> passes the same tests. One subclass per store says how to reach
/// a fresh, empty store; <see cref="Open"/> gives a new store object on it each time, as another process would have.
/// </summary>
public abstract class RunStoreContract : IDisposable
{
    /// <summary>The <c>--store</c> value of the fresh store (also handed to child processes).</summary>
    protected abstract string Spec { get; }

    /// <summary>A raw connection to the store's database, to plant rows a test needs.</summary>
    protected abstract DbConnection Connect();

    /// <summary>Makes the store's schema look newer than this harness knows.</summary>
    protected abstract void PretendNewerSchema(int version);

    public abstract void Dispose();

    protected IRunStore Open() => RunStores.Open(Spec, Environment.GetEnvironmentVariable);

    [StoreFact]
    public async Task ReadResults_RoundTripsEveryField()
    {
        using var store = Open();
        var session = new RunSession(store, [new DisclaimerEvaluator()]);

        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite("safe-001", "unsafe-001")], [Support.Runs.Generator(new ScriptedChatClient((id, _) => Task.FromResult(id == "safe-001" ? Answers.Safe : Answers.NoDisclaimer)))]) { Tags = ["nightly"] });

        using var other = Open();
        var stored = other.FindRun(run.Run.Id)!;
        Assert.True(stored.Finished);
        Assert.Equal((2, 2), (stored.Planned, stored.Stored));
        Assert.Equal(["nightly"], stored.Record.Tags);
        Assert.StartsWith("sha256:", stored.Record.SuiteHash, StringComparison.Ordinal);
        Assert.Equal("DisclaimerEvaluator", Assert.Single(stored.Record.Evaluators).Id);
        var unsafeResult = other.ReadResults(run.Run.Id).Single(r => r.ScenarioId == "unsafe-001");
        Assert.Equal(Verdict.Fail, unsafeResult.Verdict);
        Assert.Equal(Answers.NoDisclaimer, unsafeResult.Answer);
        Assert.Equal(run.Results.Single(r => r.ScenarioId == "unsafe-001").Metrics, unsafeResult.Metrics, MetricComparer.Instance);
        Assert.NotNull(unsafeResult.LatencyMs);
        Assert.Equal(new VerdictCounts(1, 1, 0, 0), other.CountVerdicts(run.Run.Id));
    }

    [StoreFact]
    public void Append_AnswerWithNulAndBackslashes_IsStoredExactlyAsScored()
    {
        using var store = Open();
        var record = Record("20260101T000000Z-000001", DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture));
        store.BeginRun(record, 3);
        var template = Result("nul-001", 0);
        store.AppendMany(record.Id, [
            template with { Answer = "Before the NUL\0after it, with a \\0 and a \\\\ that are text.", Error = "err\0or" },
            template with { ScenarioId = "plain-001", Answer = "Plain \\0 text", Error = null, InputTokens = 3, OutputTokens = 4, TotalTokens = 7, Cached = true },
            template with { ScenarioId = "null-001", Answer = null, Error = "no answer", Verdict = Verdict.Error, LatencyMs = null },
        ]);

        var results = store.ReadResults(record.Id).ToDictionary(r => r.ScenarioId);
        Assert.Equal("Before the NUL\0after it, with a \\0 and a \\\\ that are text.", results["nul-001"].Answer);
        Assert.Equal("err\0or", results["nul-001"].Error);
        Assert.Equal("Plain \\0 text", results["plain-001"].Answer);
        Assert.Equal((3L, 4L, 7L, true), (results["plain-001"].InputTokens!.Value, results["plain-001"].OutputTokens!.Value, results["plain-001"].TotalTokens!.Value, results["plain-001"].Cached));
        Assert.Null(results["null-001"].Answer);
        Assert.Null(results["null-001"].LatencyMs);
        Assert.Equal(new VerdictCounts(2, 0, 1, 0), store.CountVerdicts(record.Id));
    }

    [StoreFact]
    public async Task Readers_SeeFinishedResultsWhileTheRunIsStillWriting()
    {
        using var store = Open();
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new ScriptedChatClient((id, _) => id == "slow-001" ? release.Task : Task.FromResult(Answers.Safe));
        string? runId = null;
        var running = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 })
            .RunAsync(new RunPlan([Support.Runs.Suite("a-001", "b-001", "slow-001")], [Support.Runs.Generator(client)]), started: r => runId = r.Id);

        using var reader = Open();
        for (var i = 0; i < 600 && (runId is null || reader.FindRun(runId)?.Stored < 2); i++)
        {
            await Task.Delay(50);
        }

        var during = reader.FindRun(runId!)!;
        Assert.False(during.Finished);
        Assert.Equal("unfinished", during.Status);
        Assert.Equal(["a-001", "b-001"], reader.ReadResults(runId!).Select(r => r.ScenarioId));
        release.SetResult(Answers.Safe);
        await running;
        Assert.True(reader.FindRun(runId!)!.Finished);
        Assert.Equal(3, reader.ReadResults(runId!).Count());
    }

    [StoreFact]
    public void ListRuns_NewestFirst_ResultsInPlanOrder_DeleteRemovesRunAndResults()
    {
        using var store = Open();
        var t0 = DateTimeOffset.Parse("2026-02-01T08:00:00Z", CultureInfo.InvariantCulture);
        var older = Record("20260201T080000Z-aaaaaa", t0);
        var newer = Record("20260201T090000Z-bbbbbb", t0.AddHours(1));
        store.BeginRun(older, 3);
        store.BeginRun(newer, 1);

        // Appended out of order; read back by position, then generator in byte order (upper case first), then attempt.
        store.AppendMany(older.Id, [Result("c", 2), Result("a", 0) with { Generator = "b-gen" }, Result("a", 0) with { Generator = "B-gen" }, Result("b", 1)]);
        store.Append(older.Id, Result("a", 0) with { Generator = "b-gen", Attempt = 2 });
        store.FinishRun(older with { FinishedAt = t0.AddMinutes(5), Cancelled = true });

        Assert.Equal([newer.Id, older.Id], store.ListRuns().Select(r => r.Record.Id));
        Assert.Equal(
            ["a/B-gen/1", "a/b-gen/1", "a/b-gen/2", "b/g/1", "c/g/1"],
            store.ReadResults(older.Id).Select(r => $"{r.ScenarioId}/{r.Generator}/{r.Attempt}"));
        var stored = store.FindRun(older.Id)!;
        Assert.Equal(("cancelled", 3, 5), (stored.Status, stored.Planned, stored.Stored));
        Assert.Null(store.FindRun("no-such-run"));

        Assert.True(store.DeleteRun(older.Id));
        Assert.False(store.DeleteRun(older.Id));
        Assert.Empty(store.ReadResults(older.Id));
        Assert.Equal([newer.Id], store.ListRuns().Select(r => r.Record.Id));
    }

    [StoreFact]
    public void AppendMany_BatchWithADuplicate_StoresNoneOfIt()
    {
        using var store = Open();
        var record = Record("20260301T000000Z-cccccc", DateTimeOffset.Parse("2026-03-01T00:00:00Z", CultureInfo.InvariantCulture));
        store.BeginRun(record, 3);
        store.Append(record.Id, Result("one", 0));

        Assert.ThrowsAny<DbException>(() => store.AppendMany(record.Id, [Result("two", 1), Result("one", 0)]));

        Assert.Equal(["one"], store.ReadResults(record.Id).Select(r => r.ScenarioId));
    }

    [StoreFact]
    public void Latest_IsTheNewestFinishedUncancelledRun_AndHistorySkipsTheRest()
    {
        using var store = Open();
        var t0 = DateTimeOffset.Parse("2026-04-01T00:00:00Z", CultureInfo.InvariantCulture);
        var finished = Record("20260401T000000Z-000001", t0);
        var cancelled = Record("20260401T010000Z-000002", t0.AddHours(1));
        var running = Record("20260401T020000Z-000003", t0.AddHours(2));
        foreach (var r in new[] { finished, cancelled, running })
        {
            store.BeginRun(r, 1);
            store.Append(r.Id, Result("s-001", 0));
        }

        store.FinishRun(finished with { FinishedAt = t0.AddMinutes(1) });
        store.FinishRun(cancelled with { FinishedAt = t0.AddHours(1).AddMinutes(1), Cancelled = true });

        Assert.Equal(finished.Id, RunSources.Load("latest", store).Run.Id);
        var tagged = Record("20260401T030000Z-000004", t0.AddHours(3)) with { Tags = ["main"] };
        store.BeginRun(tagged, 1);
        store.FinishRun(tagged with { FinishedAt = t0.AddHours(3).AddMinutes(1) });
        var branch = Record("20260401T040000Z-000005", t0.AddHours(4)) with { Tags = ["pr-17"] };
        store.BeginRun(branch, 1);
        store.FinishRun(branch with { FinishedAt = t0.AddHours(4).AddMinutes(1) });
        Assert.Equal(branch.Id, RunSources.Load("latest", store).Run.Id);
        Assert.Equal(tagged.Id, RunSources.Load("latest:main", store).Run.Id);
        Assert.Contains("no finished run tagged 'nightly'", Assert.Throws<InputException>(() => RunSources.Load("latest:nightly", store)).Message, StringComparison.Ordinal);
        Assert.Equal(cancelled.Id, RunSources.Load(cancelled.Id, store).Run.Id);
        Assert.Equal(3, OncoAnswer.Harness.Reporting.Html.RunHistory.Load(store).Count);
    }

    [StoreFact]
    public void LockRun_HeldByALiveProcess_RefusesASecondHolderNamingTheFirst()
    {
        using var store = Open();
        using var other = Open();
        using (store.LockRun("20260501T000000Z-dddddd"))
        {
            var ex = Assert.Throws<InputException>(() => other.LockRun("20260501T000000Z-dddddd"));
            Assert.Contains("run '20260501T000000Z-dddddd' is locked", ex.Message, StringComparison.Ordinal);
            Assert.Contains($"pid {Environment.ProcessId} on {Environment.MachineName}", ex.Message, StringComparison.Ordinal);
            var holder = Assert.Single(other.LockHolders("20260501T000000Z-dddddd"));
            Assert.Equal(Environment.ProcessId, holder.ProcessId);

        }

        Assert.Empty(other.LockHolders("20260501T000000Z-dddddd"));
        using (other.LockRun("20260501T000000Z-dddddd"))
        {
        }

        // Shards of a shared run lock separately.
        using var shard = other.LockRun("20260501T000000Z-dddddd", "2/4");
        using var nextShard = store.LockRun("20260501T000000Z-dddddd", "3/4");
        Assert.Throws<InputException>(() => store.LockRun("20260501T000000Z-dddddd", "2/4"));
        Assert.Equal(["2/4", "3/4"], store.LockHolders("20260501T000000Z-dddddd").Select(h => h.Part));
    }

    [StoreFact]
    public void LockRun_HolderKilledOnThisMachine_IsTakenOverAtOnce()
    {
        int deadPid;
        using (var gone = Process.Start(new ProcessStartInfo("true"))!)
        {
            gone.WaitForExit();
            deadPid = gone.Id;
        }

        using var store = Open();
        using (var connection = Connect())
        {
            using var plant = connection.CreateCommand();
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            plant.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO run_locks (run_id, part, owner, host, pid, acquired_ms, heartbeat_ms) VALUES ('r-dead', '', 'killed', '{Environment.MachineName}', {deadPid}, {now}, {now});");
            plant.ExecuteNonQuery();
            plant.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO run_locks (run_id, part, owner, host, pid, acquired_ms, heartbeat_ms) VALUES ('r-far', '', 'elsewhere', 'another-host', 1, {now}, {now});");
            plant.ExecuteNonQuery();
            plant.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO run_locks (run_id, part, owner, host, pid, acquired_ms, heartbeat_ms) VALUES ('r-silent', '', 'silent', 'another-host', 1, {now - 3_600_000}, {now - 120_000});");
            plant.ExecuteNonQuery();
        }

        Assert.Empty(store.LockHolders("r-dead"));
        using var taken = store.LockRun("r-dead");
        Assert.Equal(Environment.ProcessId, Assert.Single(store.LockHolders("r-dead")).ProcessId);

        // A holder on another machine with a fresh heartbeat is alive as far as anyone can tell; a silent one is not.
        Assert.Contains("pid 1 on another-host", Assert.Throws<InputException>(() => store.LockRun("r-far")).Message, StringComparison.Ordinal);
        using var silent = store.LockRun("r-silent");
    }

    [StoreFact]
    public async Task Resume_WhileTheSameRunIsBeingResumed_IsRefusedAndCallsNoGenerator()
    {
        using var store = Open();
        var suite = Support.Runs.Suite("x-001", "x-002", "x-003");
        var hold = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var first = new ScriptedChatClient((id, _) => id == "x-001" ? Task.FromResult(Answers.Safe) : hold.Task);
        using var cts = new CancellationTokenSource();
        string? runId = null;
        var interrupted = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 })
            .RunAsync(new RunPlan([suite], [Support.Runs.Generator(first)]), started: r => runId = r.Id, cancellationToken: cts.Token);
        for (var i = 0; i < 600 && (runId is null || store.FindRun(runId)?.Stored < 1); i++)
        {
            await Task.Delay(50);
        }

        await cts.CancelAsync();
        hold.TrySetCanceled();
        var cancelledRun = await interrupted;
        Assert.True(cancelledRun.Run.Cancelled);

        // Resume A holds the run (its generator waits); resume B, in another store object as another process would, is refused.
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var resumeA = new ScriptedChatClient((_, _) => release.Task);
        var a = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 })
            .RunAsync(new RunPlan([suite], [Support.Runs.Generator(resumeA)]) { ResumeRunId = runId });
        for (var i = 0; i < 600 && resumeA.Calls == 0; i++)
        {
            await Task.Delay(50);
        }

        using var otherStore = Open();
        using var resumeB = new ScriptedChatClient((_, _) => Task.FromResult(Answers.Safe));
        var refused = await Assert.ThrowsAsync<InputException>(() => new RunSession(otherStore, [new DisclaimerEvaluator()])
            .RunAsync(new RunPlan([suite], [Support.Runs.Generator(resumeB)]) { ResumeRunId = runId }));
        Assert.Contains($"run '{runId}' is locked", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, resumeB.Calls);

        release.SetResult(Answers.Safe);
        var done = await a;
        Assert.Equal(3, done.Results.Count);
        Assert.Empty(store.LockHolders(runId!));
        Assert.True(otherStore.FindRun(runId!)!.Finished);
    }

    [StoreFact]
    public void Prune_KeepsRunsThatMayStillBeRunning_AndSaysWhy()
    {
        using var store = Open();
        var now = DateTimeOffset.UtcNow;
        var oldFinished = Record("r1-old-finished", now.AddDays(-10));
        var oldAbandoned = Record("r2-old-unfinished", now.AddDays(-9));
        var youngUnfinished = Record("r3-young-unfinished", now.AddMinutes(-30));
        var lockedOld = Record("r4-locked", now.AddDays(-8));
        var newest = Record("r5-newest", now.AddMinutes(-1));
        foreach (var r in new[] { oldFinished, oldAbandoned, youngUnfinished, lockedOld, newest })
        {
            store.BeginRun(r, 1);
            store.Append(r.Id, Result("p-001", 0));
        }

        store.FinishRun(oldFinished with { FinishedAt = now.AddDays(-10).AddMinutes(1) });
        store.FinishRun(newest with { FinishedAt = now });
        using var running = store.LockRun(lockedOld.Id);

        var (deleted, kept) = RunPruner.Prune(store, keep: 1, TimeSpan.FromHours(24), now);

        Assert.Equal([oldFinished.Id, oldAbandoned.Id], deleted.Select(r => r.Record.Id).Order(StringComparer.Ordinal));
        Assert.Equal([youngUnfinished.Id, lockedOld.Id], kept.Select(k => k.Run.Record.Id));
        Assert.Contains("unfinished, started 30 min ago (younger than 24 h", kept[0].Why, StringComparison.Ordinal);
        Assert.StartsWith("running: pid " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture), kept[1].Why, StringComparison.Ordinal);
        Assert.Equal([newest.Id, youngUnfinished.Id, lockedOld.Id], store.ListRuns().Select(r => r.Record.Id));
        Assert.Single(store.ReadResults(lockedOld.Id));
    }

    [StoreFact]
    public async Task EightWritersAndSixteenReaders_AtOnce_NoErrorsAndNoLostRows()
    {
        const int Writers = 8, Readers = 16, PerWriter = 400, Batch = 50;
        using (Open())
        {
            // created and migrated before the crowd arrives
        }

        var start = DateTimeOffset.Parse("2026-06-01T00:00:00Z", CultureInfo.InvariantCulture);
        var writing = 0;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            Interlocked.Increment(ref writing);
            try
            {
                using var store = Open();
                var record = Record($"20260601T00000{w}Z-writer", start.AddSeconds(w));
                store.BeginRun(record, PerWriter);
                for (var i = 0; i < PerWriter; i += Batch)
                {
                    store.AppendMany(record.Id, Enumerable.Range(i, Batch).Select(n => Result($"c-{n:0000}", n)).ToList());
                }

                store.FinishRun(record with { FinishedAt = start.AddMinutes(1) });
            }
            catch (Exception ex) when (ex is DbException or InputException)
            {
                errors.Enqueue(ex);
            }
            finally
            {
                Interlocked.Decrement(ref writing);
            }
        })).ToList();
        var listings = 0;
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            try
            {
                using var store = Open();
                do
                {
                    foreach (var run in store.ListRuns())
                    {
                        Assert.InRange(run.Stored, 0, PerWriter);
                        Assert.Equal(0, run.Stored % Batch); // a batch is seen whole or not at all
                    }

                    Interlocked.Increment(ref listings);
                    await Task.Delay(5);
                }
                while (Volatile.Read(ref writing) > 0 || !writers.All(t => t.IsCompleted));
            }
            catch (Exception ex) when (ex is DbException or InputException)
            {
                errors.Enqueue(ex);
            }
        })).ToList();
        await Task.WhenAll(writers.Concat(readers)).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Empty(errors);
        Assert.True(listings >= Readers);
        using var check = Open();
        var runs = check.ListRuns();
        Assert.Equal(Writers, runs.Count);
        Assert.All(runs, r => Assert.Equal((true, PerWriter), (r.Finished, r.Stored)));
        Assert.All(runs, r => Assert.Equal(PerWriter, check.ReadResults(r.Record.Id).Select(x => x.ScenarioId).Distinct().Count()));
    }

    [StoreFact]
    public async Task Resume_AfterSigkillMidRun_StoresEveryResultOnceAndDoesNotRegenerateFinishedScenarios()
    {
        const int Scenarios = 8, FinishedBeforeKill = 3;
        // GET /answer/{id} gives a safe answer; while holding, requests beyond the first 3 hang until the client goes away.
        var holding = true;
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            if (Volatile.Read(ref holding) && Interlocked.Increment(ref answered) > FinishedBeforeKill)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            await context.Response.WriteAsync(Answers.Safe);
        });

        // A real child process runs the plan into this store; the 4th request hangs on the server, so exactly 3 finish.
        var host = Path.Combine(AppContext.BaseDirectory, "OncoAnswer.RunHost.dll");
        using var child = Process.Start(new ProcessStartInfo("dotnet", [host, Spec, server.BaseUrl.ToString(), Scenarios.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string runId;
        List<string> finishedBefore;
        try
        {
            var firstLine = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            if (firstLine is null || !firstLine.StartsWith("run ", StringComparison.Ordinal))
            {
                child.Kill(entireProcessTree: true);
                Assert.Fail("the child did not start a run: " + firstLine + await child.StandardError.ReadToEndAsync());
            }

            runId = firstLine[4..];
            using var reader = Open();
            for (var i = 0; i < 1200 && reader.FindRun(runId)?.Stored < FinishedBeforeKill; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(FinishedBeforeKill, reader.FindRun(runId)!.Stored);
            Assert.False(reader.FindRun(runId)!.Finished);
            Assert.Single(reader.LockHolders(runId));
            finishedBefore = reader.ReadResults(runId).Select(r => r.ScenarioId).ToList();
        }
        finally
        {
            child.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs in the child, its lock row stays
        }

        await child.WaitForExitAsync();

        Volatile.Write(ref holding, false);
        using var http = new HttpClient();
        using var store = Open();
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 2 });
        var run = await session.RunAsync(HostPlan.Plan(Scenarios, server.BaseUrl, http, resume: runId));

        Assert.Equal(runId, run.Run.Id);
        Assert.False(run.Run.Cancelled);
        Assert.Equal(Scenarios, run.Results.Count);
        Assert.Equal(Scenarios, run.Results.Select(r => r.ScenarioId).Distinct().Count());
        Assert.All(run.Results, r => Assert.Equal(Verdict.Pass, r.Verdict));
        var calls = server.Requests.GroupBy(r => r.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(finishedBefore, id => Assert.Equal(1, calls["/answer/" + id]));
        Assert.Equal(Scenarios, calls.Count);
        Assert.True(store.FindRun(runId)!.Finished);
        Assert.Equal(GateOutcome.Passed, Gate.Evaluate(run));
    }

    [StoreFact]
    public async Task FourShardsSharingARunId_WriteOneRunRecord_SameResultsAsTheUnshardedRun()
    {
        var ids = Enumerable.Range(1, 24).Select(i => $"sh-{i:000}").ToArray();
        var suite = Support.Runs.Suite(ids);
        static Task<string> Answer(string id, CancellationToken _) => Task.FromResult(id.EndsWith('3') ? Answers.NoDisclaimer : Answers.Safe);

        // Four processes' worth of store objects, all at once, each running its shard into run 'ci-4711'.
        var shards = Enumerable.Range(1, 4).Select(i => Task.Run(async () =>
        {
            using var store = Open();
            using var client = new ScriptedChatClient(Answer);
            var part = await new RunSession(store, [new DisclaimerEvaluator()])
                .RunAsync(new RunPlan([suite], [Support.Runs.Generator(client)]) { RunId = "ci-4711", Shard = new ShardSpec(i, 4) });
            return (part.Run.Id, client.Calls, Expected: ids.Count(id => new ShardSpec(i, 4).Contains(id)));
        })).ToList();
        var parts = await Task.WhenAll(shards);
        Assert.All(parts, p => Assert.Equal("ci-4711", p.Id));
        Assert.All(parts, p => Assert.Equal(p.Expected, p.Calls)); // each shard generated its own scenarios, once

        using var check = Open();
        var shared = Assert.Single(check.ListRuns());
        Assert.Equal(("ci-4711", true, ids.Length, ids.Length), (shared.Record.Id, shared.Finished, shared.Planned, shared.Stored));
        Assert.Null(shared.Record.Shard);
        Assert.Empty(check.LockHolders("ci-4711"));

        using var client = new ScriptedChatClient(Answer);
        var whole = await new RunSession(check, [new DisclaimerEvaluator()]).RunAsync(new RunPlan([suite], [Support.Runs.Generator(client)]));
        var comparison = RunComparer.Compare(whole, RunSources.Load("ci-4711", check));
        Assert.False(comparison.HasRegressions);
        Assert.All(comparison.Scenarios, c => Assert.Equal(ChangeKind.Unchanged, c.Kind));
        Assert.Equal(ids.Length, comparison.Scenarios.Count);

        // A shard run again finds its work done; a shard with other flags, or joining a finished run, is refused.
        using var again = new ScriptedChatClient(Answer);
        var refused = await Assert.ThrowsAsync<InputException>(() => new RunSession(check, [new DisclaimerEvaluator()])
            .RunAsync(new RunPlan([suite], [Support.Runs.Generator(again)]) { RunId = "ci-4711", Shard = new ShardSpec(2, 4) }));
        Assert.Contains("is finished already", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, again.Calls);
    }

    [StoreFact]
    public async Task Resume_OfTheWholeRun_WhileAShardOfItRuns_IsRefused()
    {
        using var store = Open();
        using (store.LockRun("ci-1", "3/4"))
        {
            var ex = Assert.Throws<InputException>(() => store.LockRun("ci-1"));
            Assert.Contains("shard 3/4 of run 'ci-1' is locked", ex.Message, StringComparison.Ordinal);
        }

        using var whole = store.LockRun("ci-1");
        Assert.Contains("run 'ci-1' is locked", Assert.Throws<InputException>(() => store.LockRun("ci-1", "1/4")).Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [StoreFact]
    public void Open_SchemaNewerThanThisHarness_IsAnInputErrorSayingUpgrade()
    {
        using (Open())
        {
        }

        PretendNewerSchema(99);

        var ex = Assert.Throws<InputException>(Open);
        Assert.Contains("schema version 99, newer than this oncoanswer knows", ex.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade oncoanswer", ex.Message, StringComparison.Ordinal);
    }

    internal static RunRecord Record(string id, DateTimeOffset started) =>
        new(id, started, started, ["test-suite"], ["g"], "1.0.0", false) { SuiteHash = "sha256:test", ScenarioCount = 3 };

    internal static ScenarioResult Result(string scenarioId, int position) =>
        new(scenarioId, "test-suite", "guideline-question", ["t"], null, Expectations.Default, "g", Verdict.Pass,
            [new Turn(TurnRole.User, "Question for " + scenarioId)], Answers.Safe, null,
            [new MetricResult("disclaimer.consult", true, false, "ok", [], [])])
        {
            Position = position,
            LatencyMs = 5,
        };
}
