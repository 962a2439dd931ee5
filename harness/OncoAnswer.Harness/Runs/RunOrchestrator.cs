using Microsoft.Extensions.AI.Evaluation;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// A stored, gated run end to end: resolves the baseline first (a bad reference fails before any generator is
/// called), runs or resumes the plan through a <see cref="RunSession"/>, compares with the baseline and applies the gate.
/// </summary>
public sealed class RunOrchestrator
{
    private readonly IRunStore store;
    private readonly RunSession session;

    /// <summary>Creates an orchestrator over <paramref name="store"/>.</summary>
    public RunOrchestrator(IRunStore store, IReadOnlyList<IEvaluator> evaluators, RunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        session = new RunSession(store, evaluators, options);
    }

    /// <summary>Runs <paramref name="plan"/> and gates it.</summary>
    /// <param name="plan">What to run (or resume).</param>
    /// <param name="gate">The gate rules.</param>
    /// <param name="baseline">A run id, <c>latest</c> or a results JSON path; null for none.</param>
    /// <param name="started">Told the run's record once it is stored.</param>
    /// <param name="progress">Told about each stored result.</param>
    /// <param name="cancellationToken">Stops the run; what finished stays stored.</param>
    public async Task<(RunResult Run, GateReport Gate)> RunAsync(
        RunPlan plan,
        GateConfig gate,
        string? baseline = null,
        Action<RunRecord>? started = null,
        Action<ScenarioResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gate);
        var before = baseline is null ? null : RunSources.Load(baseline, store, exclude: plan.ResumeRunId);
        var run = await session.RunAsync(plan, started, progress, cancellationToken).ConfigureAwait(false);
        var comparison = before is null ? null : RunComparer.Compare(before, run);
        return (run, Gate.Evaluate(run, gate, comparison));
    }
}
