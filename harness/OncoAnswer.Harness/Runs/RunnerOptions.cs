namespace OncoAnswer.Harness.Runs;

/// <summary>How the runner schedules work.</summary>
public sealed record RunnerOptions
{
    /// <summary>The default number of scenarios in flight at once.</summary>
    public const int DefaultConcurrency = 8;

    /// <summary>Maximum number of scenarios in flight at once (at least 1).</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>Clock used for the run record; tests pin it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
