namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Where runs and their results are kept. Results are appended one by one as they finish, so a crash loses nothing
/// finished; <see cref="SqliteRunStore"/> is the embedded default, and a shared server database can implement the same
/// contract for teams. Implementations are safe to call from several threads.
/// </summary>
public interface IRunStore : IDisposable
{
    /// <summary>Where the store lives (a file path or a connection description without secrets).</summary>
    string Location { get; }

    /// <summary>Records a new run (started, not finished) that plans <paramref name="planned"/> results.</summary>
    void BeginRun(RunRecord record, int planned);

    /// <summary>
    /// Records <paramref name="record"/> unless a run with its id exists (a shard joining a run another shard began), and
    /// returns the run as stored: of processes joining at once, exactly one creates it and all see the same record.
    /// </summary>
    StoredRun JoinRun(RunRecord record, int planned);

    /// <summary>Stores one finished result of run <paramref name="runId"/>, durably, before returning.</summary>
    void Append(string runId, ScenarioResult result);

    /// <summary>Stores several finished results of run <paramref name="runId"/> at once, durably, before returning; a store may commit them together.</summary>
    void AppendMany(string runId, IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            Append(runId, result);
        }
    }

    /// <summary>Marks the run finished (or cancelled) and stores its final record.</summary>
    void FinishRun(RunRecord record);

    /// <summary>The run with this id, or null.</summary>
    StoredRun? FindRun(string runId);

    /// <summary>All runs, newest first.</summary>
    IReadOnlyList<StoredRun> ListRuns();

    /// <summary>The results of a run in plan order (position, generator, attempt), read lazily.</summary>
    IEnumerable<ScenarioResult> ReadResults(string runId);

    /// <summary>How many results of the run have each verdict; the default reads the results once, a store may count in place.</summary>
    VerdictCounts CountVerdicts(string runId) => VerdictCounts.Of(ReadResults(runId));

    /// <summary>Deletes a run and its results; false when there was no such run.</summary>
    bool DeleteRun(string runId);

    /// <summary>
    /// Takes the per-run lock of <paramref name="runId"/> (or of one <paramref name="part"/> of it, a shard writing into a
    /// shared run) for as long as the returned lease is not disposed, so two processes never write the same results.
    /// When a live process holds it, throws an <see cref="Scenarios.InputException"/> naming the holder. A holder that
    /// died (killed on this machine, or silent for a minute anywhere) does not block.
    /// </summary>
    IDisposable LockRun(string runId, string part = "");

    /// <summary>The live holders of <paramref name="runId"/>'s locks: processes writing it now.</summary>
    IReadOnlyList<RunLockHolder> LockHolders(string runId);
}
