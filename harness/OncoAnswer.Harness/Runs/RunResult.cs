namespace OncoAnswer.Harness.Runs;

/// <summary>A whole run: its record, the planned scenario count and every finished result.</summary>
/// <param name="Run">The audit record.</param>
/// <param name="Planned">How many scenario × generator results the run was to produce.</param>
/// <param name="Results">Finished results, in suite, scenario and generator order.</param>
public sealed record RunResult(RunRecord Run, int Planned, IReadOnlyList<ScenarioResult> Results)
{
    /// <summary>Results with a pass verdict.</summary>
    public int Passed => Results.Count(r => r.Verdict == Verdict.Pass);

    /// <summary>Results with a fail verdict.</summary>
    public int Failed => Results.Count(r => r.Verdict == Verdict.Fail);

    /// <summary>Results with an error verdict.</summary>
    public int Errors => Results.Count(r => r.Verdict == Verdict.Error);
}
