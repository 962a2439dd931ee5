using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>What a <see cref="RunSession"/> is asked to do.</summary>
/// <param name="Suites">The loaded suites (all of them: sharding selects from these).</param>
/// <param name="Generators">The systems under test.</param>
public sealed record RunPlan(IReadOnlyList<Suite> Suites, IReadOnlyList<Generator> Generators)
{
    /// <summary>Runs each scenario this many times (at least 1) and reports stability.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Runs only this shard of the scenarios, or all when null.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>
    /// The id to store the run under, or null for a generated one. With <see cref="Shard"/>, every shard given the same
    /// id writes into one shared run record (the first creates it); the run finishes when all its results are stored.
    /// </summary>
    public string? RunId { get; init; }

    /// <summary>Continues this stored run instead of starting a new one.</summary>
    public string? ResumeRunId { get; init; }

    /// <summary>Tags for the audit record.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The folder whose git checkout is recorded (default: the working directory).</summary>
    public string? WorkingDirectory { get; init; }
}
