using System.Collections;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The results of a stored run, read from the store each time they are enumerated instead of held in memory, so a
/// 100,000-result run is gated and written with flat memory. Counts come from the store without reading the results.
/// Enumerate once per pass; the indexer reads up to the requested result and suits small runs and tests.
/// </summary>
public sealed class StoredResults : IReadOnlyList<ScenarioResult>
{
    private readonly IRunStore store;
    private readonly string runId;
    private readonly VerdictCounts counts;

    /// <summary>Reads run <paramref name="runId"/> of <paramref name="store"/>; the counts are taken now.</summary>
    public StoredResults(IRunStore store, string runId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runId);
        this.store = store;
        this.runId = runId;
        counts = store.CountVerdicts(runId);
    }

    /// <summary>Results with each verdict.</summary>
    public VerdictCounts Verdicts => counts;

    /// <inheritdoc/>
    public int Count => counts.Total;

    /// <inheritdoc/>
    public ScenarioResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return store.ReadResults(runId).ElementAt(index);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<ScenarioResult> GetEnumerator() => store.ReadResults(runId).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
