using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>Reads the trend of the key figures across the stored runs (oldest first), streaming each run's results.</summary>
public static class RunHistory
{
    /// <summary>The metrics the History view charts, when a run has them: the catalogue's key metrics.</summary>
    public static IReadOnlyList<string> KeyMetrics { get; } = [.. MetricCatalogue.KeyMetrics.Select(m => m.Id)];

    /// <summary>The last <paramref name="limit"/> finished, uncancelled runs of <paramref name="store"/>, oldest first.</summary>
    public static IReadOnlyList<HistoryPoint> Load(IRunStore store, int limit = 12)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListRuns()
            .Where(r => r.Finished && !r.Record.Cancelled)
            .OrderByDescending(r => r.Record.StartedAt)
            .Take(limit)
            .OrderBy(r => r.Record.StartedAt)
            .Select(r => Point(r.Record, store.ReadResults(r.Record.Id)))
            .ToList();
    }

    /// <summary>Computes one run's point from its results (read once, not held).</summary>
    public static HistoryPoint Point(RunRecord record, IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(results);
        var total = 0;
        var passed = 0;
        var metricCounts = new Dictionary<string, (int Total, int Ok)>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            total++;
            passed += result.Verdict == Verdict.Pass ? 1 : 0;
            foreach (var metric in result.Metrics)
            {
                if (metric.Value is null && !metric.Failed)
                {
                    continue; // not applicable
                }

                metricCounts.TryGetValue(metric.Id, out var counts);
                metricCounts[metric.Id] = (counts.Total + 1, counts.Ok + (metric.Failed ? 0 : 1));
            }
        }

        var rates = metricCounts.ToDictionary(p => p.Key, p => (double)p.Value.Ok / p.Value.Total, StringComparer.Ordinal);
        return new HistoryPoint(record.Id, record.StartedAt, string.Join(", ", record.Generators), total, total == 0 ? 0 : (double)passed / total, rates);
    }
}
