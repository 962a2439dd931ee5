namespace OncoAnswer.Harness.Runs;

/// <summary>How the runner schedules work.</summary>
public sealed record RunnerOptions
{
    /// <summary>The default number of scenarios in flight at once.</summary>
    public const int DefaultConcurrency = 8;

    /// <summary>Maximum number of scenarios in flight at once (at least 1).</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>
    /// The optional LLM judge: when set, an answer whose only undecided metrics went to review (none failed, no error)
    /// has each of them decided by the judge (pass or fail, recorded in <see cref="MetricResult.Judge"/>); a judge
    /// failure keeps the review. Null: review results stay for a person.
    /// </summary>
    public Evaluators.LlmJudge? Judge { get; init; }

    /// <summary>Clock used for the run record; tests pin it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
