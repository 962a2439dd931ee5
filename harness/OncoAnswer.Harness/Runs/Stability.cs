namespace OncoAnswer.Harness.Runs;

/// <summary>How often one scenario × generator passed over the repetitions of a run (<c>--repeat N</c>).</summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Generator">The generator.</param>
/// <param name="Passed">Repetitions with a pass verdict.</param>
/// <param name="Runs">Repetitions that finished.</param>
public sealed record Stability(string ScenarioId, string Generator, int Passed, int Runs)
{
    /// <summary>True when the scenario passed some repetitions and not others.</summary>
    public bool Flaky => Passed > 0 && Passed < Runs;

    /// <summary>Per scenario × generator, in the run's result order.</summary>
    public static IReadOnlyList<Stability> Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Results
            .GroupBy(r => (r.ScenarioId, r.Generator))
            .Select(g => new Stability(g.Key.ScenarioId, g.Key.Generator, g.Count(r => r.Verdict == Verdict.Pass), g.Count()))
            .ToList();
    }
}
