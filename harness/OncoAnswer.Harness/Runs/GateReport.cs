namespace OncoAnswer.Harness.Runs;

/// <summary>The gate's decision on a run, with every finding behind it and the baseline comparison when there was one.</summary>
/// <param name="Outcome">The outcome (cancelled beats errors beats failed).</param>
/// <param name="Findings">Why the gate failed; empty when it passed on its rules (errors and cancellation are outcomes, not findings).</param>
/// <param name="Baseline">The comparison with the baseline, or null without one.</param>
public sealed record GateReport(GateOutcome Outcome, IReadOnlyList<GateFinding> Findings, RunComparison? Baseline);
