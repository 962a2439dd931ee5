namespace OncoAnswer.Harness.Runs;

/// <summary>The rules a run must meet (loaded by <see cref="GateConfigLoader"/>); <see cref="Default"/> is today's behaviour.</summary>
public sealed record GateConfig
{
    /// <summary>Any failed verdict fails the gate, thresholds and baseline aside.</summary>
    public static GateConfig Default { get; } = new();

    /// <summary>Whether any failed scenario fails the gate (default true).</summary>
    public bool FailOnFailedScenarios { get; init; } = true;

    /// <summary>Whether a scenario that passed in the baseline and does not pass now fails the gate (default true).</summary>
    public bool FailOnRegression { get; init; } = true;

    /// <summary>Metric thresholds, in file order.</summary>
    public IReadOnlyList<MetricThreshold> Thresholds { get; init; } = [];

    /// <summary>
    /// How many review verdicts the gate allows: none by default (a review is never a pass); <c>review: { max: N }</c>
    /// allows up to N, <c>review: { max_share: 5% }</c> up to that share of the results (both may be given; both must hold).
    /// </summary>
    public int? ReviewMax { get; init; }

    /// <summary>The share of results (0–1) that may be review verdicts; see <see cref="ReviewMax"/>.</summary>
    public double? ReviewMaxShare { get; init; }

    /// <summary>The file the config came from, or null for the default.</summary>
    public string? Path { get; init; }
}
