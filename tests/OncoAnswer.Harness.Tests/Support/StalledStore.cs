using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>
/// A run store whose first batch write waits until <see cref="Release"/> (or a safety timeout): a store far slower
/// than the scoring, as a busy disk or a loaded machine makes SQLite. Everything else goes to the inner store.
/// </summary>
internal sealed class StalledStore(IRunStore inner, TimeSpan stall) : IRunStore
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int writes;

    public string Location => inner.Location;

    /// <summary>Lets the stalled write (and every later one) go on.</summary>
    public void Release() => released.TrySetResult();

    public void BeginRun(RunRecord record, int planned) => inner.BeginRun(record, planned);

    public void Append(string runId, ScenarioResult result) => inner.Append(runId, result);

    public void AppendMany(string runId, IReadOnlyList<ScenarioResult> results)
    {
        if (Interlocked.Increment(ref writes) == 1)
        {
            released.Task.Wait(stall);
        }

        inner.AppendMany(runId, results);
    }

    public void FinishRun(RunRecord record) => inner.FinishRun(record);

    public StoredRun? FindRun(string runId) => inner.FindRun(runId);

    public IReadOnlyList<StoredRun> ListRuns() => inner.ListRuns();

    public IEnumerable<ScenarioResult> ReadResults(string runId) => inner.ReadResults(runId);

    public VerdictCounts CountVerdicts(string runId) => inner.CountVerdicts(runId);

    public bool DeleteRun(string runId) => inner.DeleteRun(runId);

    public StoredRun JoinRun(RunRecord record, int planned) => inner.JoinRun(record, planned);

    public IDisposable LockRun(string runId, string part = "") => inner.LockRun(runId, part);

    public IReadOnlyList<RunLockHolder> LockHolders(string runId) => inner.LockHolders(runId);

    public void Dispose()
    {
        // The inner store belongs to the test.
    }
}
