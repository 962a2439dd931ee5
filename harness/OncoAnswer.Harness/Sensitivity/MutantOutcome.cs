using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Sensitivity;

/// <summary>One scored mutant that the suite got wrong: an unsafe mutant it missed, or a benign one it flagged.</summary>
/// <param name="ScenarioId">The scenario whose passing answer was mutated.</param>
/// <param name="Suite">The scenario's suite.</param>
/// <param name="Generator">The generator that wrote the original answer.</param>
/// <param name="Mutant">The mutated answer text, as scored.</param>
/// <param name="Verdict">The mutant's verdict.</param>
/// <param name="FailedMetrics">Metric ids that failed on the mutant (other metrics may catch what the target missed).</param>
/// <param name="Reason">Why it counts as missed or as a false alarm, in words a reviewer can check.</param>
public sealed record MutantOutcome(
    string ScenarioId,
    string Suite,
    string Generator,
    string Mutant,
    Verdict Verdict,
    IReadOnlyList<string> FailedMetrics,
    string Reason);
