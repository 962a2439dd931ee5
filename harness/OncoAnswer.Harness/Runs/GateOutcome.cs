namespace OncoAnswer.Harness.Runs;

/// <summary>What a run means for CI; the CLI maps each to an exit code.</summary>
public enum GateOutcome
{
    /// <summary>Every scenario passed (exit 0).</summary>
    Passed,

    /// <summary>At least one scenario failed a check (exit 1).</summary>
    Failed,

    /// <summary>Some scenarios were left unscored by generator or evaluator errors (exit 2).</summary>
    Errors,

    /// <summary>The run was cancelled before it finished (exit 130).</summary>
    Cancelled,
}
