namespace OncoAnswer.Harness.Runs;

/// <summary>A candidate run compared with a baseline, per scenario and per metric.</summary>
/// <param name="BaselineId">The baseline run's id.</param>
/// <param name="CandidateId">The candidate run's id.</param>
/// <param name="Scenarios">One change per scenario × generator (verdicts).</param>
/// <param name="Metrics">One change per scenario × generator × metric.</param>
public sealed record RunComparison(string BaselineId, string CandidateId, IReadOnlyList<Change> Scenarios, IReadOnlyList<Change> Metrics)
{
    /// <summary>Scenarios that passed in the baseline and do not now.</summary>
    public IReadOnlyList<Change> Regressions => Scenarios.Where(c => c.Kind == ChangeKind.Regression).ToList();

    /// <summary>Scenarios that pass now and did not in the baseline.</summary>
    public IReadOnlyList<Change> Improvements => Scenarios.Where(c => c.Kind == ChangeKind.Improvement).ToList();

    /// <summary>Metrics that did not fail in the baseline and fail now.</summary>
    public IReadOnlyList<Change> MetricRegressions => Metrics.Where(c => c.Kind == ChangeKind.Regression).ToList();

    /// <summary>True when any scenario or metric regressed.</summary>
    public bool HasRegressions => Regressions.Count > 0 || MetricRegressions.Count > 0;

    /// <summary>How many scenario changes of <paramref name="kind"/> there are.</summary>
    public int Count(ChangeKind kind) => Scenarios.Count(c => c.Kind == kind);
}
