using System.Threading.Channels;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The lifecycle of a stored run: builds the audit record, selects the shard, skips what a resumed run already
/// finished, repeats, streams every result into the store as it completes (one writer, committing what has arrived), and marks the run finished or cancelled.
/// The store is the truth: the returned run reads its results from the store (<see cref="StoredResults"/>), so a resumed
/// run reports old and new results alike and no result is held in memory once stored.
/// </summary>
public sealed class RunSession
{
    private const int MaxBatch = 256;
    private const int PendingLimit = MaxBatch * 4;

    private readonly IRunStore store;
    private readonly IReadOnlyList<IEvaluator> evaluators;
    private readonly RunnerOptions options;

    /// <summary>Creates a session writing to <paramref name="store"/> and scoring with <paramref name="evaluators"/>.</summary>
    public RunSession(IRunStore store, IReadOnlyList<IEvaluator> evaluators, RunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(evaluators);
        this.store = store;
        this.evaluators = evaluators;
        this.options = options ?? new RunnerOptions();
    }

    /// <summary>Runs (or resumes) <paramref name="plan"/>.</summary>
    /// <param name="plan">What to run.</param>
    /// <param name="started">Told the run's record once it is stored (before any result), e.g. to print its id.</param>
    /// <param name="progress">Told about each result once it is stored (from worker threads).</param>
    /// <param name="cancellationToken">Stops the run; finished results stay stored and the run can be resumed.</param>
    public async Task<RunResult> RunAsync(RunPlan plan, Action<RunRecord>? started = null, Action<ScenarioResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Repeat, 1, nameof(plan));
        var positions = Positions(plan.Suites);
        var fresh = NewRecord(plan);
        var shared = plan.RunId is not null && plan.Shard is not null && plan.ResumeRunId is null;
        var (record, repeat, shard) = plan.ResumeRunId is not null ? Resumable(plan, fresh)
            : shared ? Joined(plan, fresh)
            : (plan.RunId is null ? fresh : fresh with { Id = plan.RunId }, plan.Repeat, plan.Shard);
        var suites = shard is { } s ? plan.Suites.Select(x => x with { Scenarios = x.Scenarios.Where(c => s.Contains(c.Id)).ToList() }).ToList() : plan.Suites;
        var planned = (shared ? plan.Suites : suites).Sum(x => x.Scenarios.Count) * plan.Generators.Count * repeat;
        if (plan.ResumeRunId is null && !shared)
        {
            if (plan.RunId is not null && store.FindRun(plan.RunId) is not null)
            {
                throw new InputException(new SourceLocation(store.Location, 0, 0), $"a run '{plan.RunId}' exists already; continue it with --resume {plan.RunId}, or give --shard I/N to join it as a shard.");
            }

            store.BeginRun(record, planned);
        }

        // The per-run lock (per shard for a shared run): a second 'run --resume' of the same run, or a second process
        // for the same shard, is refused here, before any generator is called.
        using var lease = store.LockRun(record.Id, shared ? shard!.Value.ToString() : "");
        if (plan.ResumeRunId is not null && store.FindRun(record.Id) is null)
        {
            throw new InputException(new SourceLocation(store.Location, 0, 0), $"run '{record.Id}' was deleted while this resume started; start a new run.");
        }

        started?.Invoke(record);
        var done = plan.ResumeRunId is null && !shared
            ? []
            : store.ReadResults(record.Id).Select(r => Key(r.ScenarioId, r.Generator, r.Attempt)).ToHashSet(StringComparer.Ordinal);
        var runner = new Runner(evaluators, options);
        var cancelled = false;

        // Workers hand results to one writer, which commits whatever has arrived as one transaction: a commit per batch
        // instead of per result keeps up with 64 generators in flight. The queue is bounded (a few batches): when the
        // writer falls behind (a busy disk or CPU), scoring waits instead of piling results up in memory.
        var pending = Channel.CreateBounded<ScenarioResult>(new BoundedChannelOptions(PendingLimit) { SingleReader = true, SingleWriter = false });
        var writer = Task.Run(() => WriteAsync(pending.Reader, record.Id, progress), CancellationToken.None);
        for (var attempt = 1; attempt <= repeat && !cancelled; attempt++)
        {
            foreach (var generator in plan.Generators)
            {
                var todo = suites
                    .Select(x => x with { Scenarios = x.Scenarios.Where(c => !done.Contains(Key(c.Id, generator.Name, attempt))).ToList() })
                    .Where(x => x.Scenarios.Count > 0)
                    .ToList();
                if (todo.Count == 0)
                {
                    continue;
                }

                var current = attempt;
                var (partial, _) = await runner.StreamAsync(todo, [generator], async result =>
                {
                    if (writer.IsFaulted)
                    {
                        await writer.ConfigureAwait(false); // the store failed: stop the run with its error
                    }

                    var stamped = result with { Attempt = current, Position = positions[result.ScenarioId], Variant = VariantOf(result.ScenarioId) };
                    while (!pending.Writer.TryWrite(stamped))
                    {
                        // Full: wait for the writer to take a batch (or to fail, then its error stops the run).
                        if (await Task.WhenAny(pending.Writer.WaitToWriteAsync().AsTask(), writer).ConfigureAwait(false) == writer)
                        {
                            await writer.ConfigureAwait(false);
                        }
                    }
                }, cancellationToken).ConfigureAwait(false);
                if (partial.Cancelled)
                {
                    cancelled = true;
                    break;
                }
            }
        }

        pending.Writer.Complete();
        await writer.ConfigureAwait(false);
        var final = record with { FinishedAt = options.Clock.GetUtcNow(), Cancelled = cancelled };
        if (!shared)
        {
            store.FinishRun(final);
        }
        else if (!cancelled && store.FindRun(record.Id) is { } now && now.Stored >= planned)
        {
            // A shared run finishes with its last shard: the one that, after storing its own results, finds them all
            // there (two shards finishing together both record the same thing). A cancelled shard leaves it unfinished.
            store.FinishRun(final);
        }

        return new RunResult(final, planned, new StoredResults(store, record.Id));
    }

    private async Task WriteAsync(ChannelReader<ScenarioResult> reader, string runId, Action<ScenarioResult>? progress)
    {
        var batch = new List<ScenarioResult>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var result))
            {
                batch.Add(result);
            }

            store.AppendMany(runId, batch);
            foreach (var stored in batch)
            {
                progress?.Invoke(stored);
            }

            batch.Clear();
        }
    }

    private (RunRecord Record, int Repeat, ShardSpec? Shard) Resumable(RunPlan plan, RunRecord fresh)
    {
        var id = plan.ResumeRunId!;
        var stored = store.FindRun(id)
            ?? throw new InputException(new SourceLocation(store.Location, 0, 0), $"no run '{id}' in this store; list runs with 'oncoanswer runs list'.");
        var old = stored.Record;
        if (!string.Equals(old.SuiteHash, fresh.SuiteHash, StringComparison.Ordinal))
        {
            throw new InputException(new SourceLocation(store.Location, 0, 0), $"run '{id}' was started with other suites (suite hash {old.SuiteHash}, now {fresh.SuiteHash}); resume with the same --suite files, or start a new run.");
        }

        if (!old.Generators.SequenceEqual(fresh.Generators, StringComparer.Ordinal))
        {
            throw new InputException(new SourceLocation(store.Location, 0, 0), $"run '{id}' used generators {string.Join(", ", old.Generators)}, not {string.Join(", ", fresh.Generators)}; resume with the same generators.");
        }

        ShardSpec? shard = null;
        if (old.Shard is not null)
        {
            shard = ShardSpec.TryParse(old.Shard, out _);
        }

        // The resumed run keeps its id, start time and plan; the audit record notes the harness that finished it.
        var record = old with { HarnessVersion = fresh.HarnessVersion, Evaluators = fresh.Evaluators, Cancelled = false };
        return (record, old.Repeat, shard);
    }

    private (RunRecord Record, int Repeat, ShardSpec? Shard) Joined(RunPlan plan, RunRecord fresh)
    {
        // The shared record describes the whole run: no shard, every scenario planned.
        var whole = fresh with { Id = plan.RunId!, Shard = null };
        var stored = store.JoinRun(whole, plan.Suites.Sum(x => x.Scenarios.Count) * plan.Generators.Count * plan.Repeat);
        var old = stored.Record;
        var where = new SourceLocation(store.Location, 0, 0);
        if (!string.Equals(old.SuiteHash, fresh.SuiteHash, StringComparison.Ordinal)
            || !old.Generators.SequenceEqual(fresh.Generators, StringComparer.Ordinal)
            || old.Repeat != plan.Repeat
            || old.Shard is not null)
        {
            throw new InputException(where, $"run '{old.Id}' exists with other suites, generators or --repeat (suite hash {old.SuiteHash}, generators {string.Join(", ", old.Generators)}, repeat {old.Repeat}); every shard of a shared run needs the same flags, or pick another --run-id.");
        }

        if (stored.Finished)
        {
            throw new InputException(where, $"run '{old.Id}' is finished already; pick another --run-id for a new run.");
        }

        return (old, old.Repeat, plan.Shard);
    }

    private RunRecord NewRecord(RunPlan plan)
    {
        var now = options.Clock.GetUtcNow();
        var record = new RunRecord(
            Runner.NewRunId(now),
            now,
            now,
            plan.Suites.Select(s => s.Name).ToList(),
            plan.Generators.Select(g => g.Name).ToList(),
            HarnessInfo.Version,
            false);
        return RunAudit.Stamp(record, plan.Suites, plan.Generators, evaluators, plan.WorkingDirectory) with
        {
            Tags = plan.Tags,
            Repeat = plan.Repeat,
            Shard = plan.Shard?.ToString(),
        };
    }

    private static Dictionary<string, int> Positions(IReadOnlyList<Suite> suites)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var scenario in suites.SelectMany(s => s.Scenarios))
        {
            positions.TryAdd(scenario.Id, positions.Count);
        }

        return positions;
    }

    // Variants are expanded into scenarios with ids parent~kind-N; the part after '~' names the variant.
    private static string VariantOf(string scenarioId) =>
        scenarioId.IndexOf('~', StringComparison.Ordinal) is var i and >= 0 ? scenarioId[(i + 1)..] : "";

    private static string Key(string scenario, string generator, int attempt) => $"{scenario}\u001f{generator}\u001f{attempt}";
}
