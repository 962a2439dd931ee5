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
    bool Cancelled)
{
    /// <summary>SHA-256 over the loaded suites' content (see <see cref="SuiteHash"/>); equal hashes mean the same scenarios.</summary>
    public string SuiteHash { get; init; } = "";

    /// <summary>Number of scenarios in the loaded suites (before sharding).</summary>
    public int ScenarioCount { get; init; }

    /// <summary>Each generator's type and settings, secrets removed (<see cref="Generators.Generator.Settings"/> is secret-free by contract).</summary>
    public IReadOnlyList<GeneratorRecord> GeneratorConfigs { get; init; } = [];

    /// <summary>The evaluators that scored the run, with their versions.</summary>
    public IReadOnlyList<EvaluatorRecord> Evaluators { get; init; } = [];

    /// <summary>The git commit of the working directory's checkout, when there is one.</summary>
    public string? GitCommit { get; init; }

    /// <summary>Free-form tags given with <c>--tag</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Who started the run (the operating-system user name).</summary>
    public string? User { get; init; }

    /// <summary>How many times each scenario is run (<c>--repeat</c>; 1 by default).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>The shard this run covers, e.g. <c>2/4</c>, or null for the whole plan.</summary>
    public string? Shard { get; init; }
}
