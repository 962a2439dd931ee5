namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>One stored run's key figures, for the History view.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Generators">Its generators, comma-separated.</param>
/// <param name="Total">Results it holds.</param>
/// <param name="PassRate">Share of results that passed.</param>
/// <param name="MetricPassRates">Per metric id: share of results (that computed it) not failing it.</param>
public sealed record HistoryPoint(
    string RunId,
    DateTimeOffset StartedAt,
    string Generators,
    int Total,
    double PassRate,
    IReadOnlyDictionary<string, double> MetricPassRates);
