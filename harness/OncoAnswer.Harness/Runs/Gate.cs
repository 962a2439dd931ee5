namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Turns a run into a <see cref="GateOutcome"/>. Cancellation wins, then errors (an incomplete run cannot be
/// trusted to pass or fail), then failures. Thresholds and baseline rules extend this in the runs issue.
/// </summary>
public static class Gate
{
    /// <summary>Decides the outcome of <paramref name="run"/>.</summary>
    public static GateOutcome Evaluate(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Run.Cancelled)
        {
            return GateOutcome.Cancelled;
        }

        if (run.Errors > 0 || run.Results.Count < run.Planned)
        {
            return GateOutcome.Errors;
        }

        return run.Failed > 0 ? GateOutcome.Failed : GateOutcome.Passed;
    }
}
