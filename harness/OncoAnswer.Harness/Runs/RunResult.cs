namespace OncoAnswer.Harness.Runs;

/// <summary>A whole run: its record, the planned scenario count and every finished result.</summary>
/// <param name="Run">The audit record.</param>
/// <param name="Planned">How many scenario × generator results the run was to produce.</param>
/// <param name="Results">Finished results, in suite, scenario and generator order.</param>
public sealed record RunResult(RunRecord Run, int Planned, IReadOnlyList<ScenarioResult> Results)
{
    /// <summary>Results with a pass verdict.</summary>
    public int Passed => Verdicts.Passed;

    /// <summary>Results with a fail verdict.</summary>
    public int Failed => Verdicts.Failed;

    /// <summary>Results with an error verdict.</summary>
    public int Errors => Verdicts.Errors;

    /// <summary>Results with a review verdict (no metric failed, but one could not be decided).</summary>
    public int Reviews => Verdicts.Reviews;

    // Results read from a store are counted by the store, not by reading every result again.
    private VerdictCounts Verdicts => Results is StoredResults stored ? stored.Verdicts : VerdictCounts.Of(Results);
}
