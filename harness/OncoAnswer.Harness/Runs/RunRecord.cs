namespace OncoAnswer.Harness.Runs;

/// <summary>The audit record of one run.</summary>
/// <param name="Id">Run id (time-based, sortable).</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="FinishedAt">When it finished or was cancelled (UTC).</param>
/// <param name="Suites">Names of the suites run.</param>
/// <param name="Generators">Names of the generators run.</param>
/// <param name="HarnessVersion">Version of the OncoAnswer harness.</param>
/// <param name="Cancelled">True when the run was cancelled before every scenario finished.</param>
public sealed record RunRecord(
    string Id,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<string> Suites,
    IReadOnlyList<string> Generators,
    string HarnessVersion,
    bool Cancelled);
