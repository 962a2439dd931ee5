using OncoAnswer.Harness.Generators.Mutation;

namespace OncoAnswer.Harness.Sensitivity;

/// <summary>
/// The figures of one mutation operator. For an unsafe operator, <see cref="Applicable"/> counts mutants whose target
/// metric is computed and binding for the scenario, <see cref="Detected"/> those where a target metric failed, and
/// <see cref="Missed"/> the rest. For a benign operator, <see cref="Applicable"/> counts the mutants scored and
/// <see cref="FalseAlarms"/> those whose verdict is no longer pass.
/// </summary>
/// <param name="Name">The operator's name.</param>
/// <param name="Kind">Unsafe or benign.</param>
/// <param name="Description">What the edit does.</param>
/// <param name="TargetMetrics">The metrics that should catch the mutant.</param>
/// <param name="UnavailableTargets">Target metrics the evaluators do not compute (yet).</param>
/// <param name="Mutants">Passing answers the operator could edit.</param>
/// <param name="Applicable">Mutants that count towards the rate.</param>
/// <param name="Detected">Unsafe mutants caught by a target metric.</param>
/// <param name="NotMeasured">Mutants whose only possible targets are not available (reported, never counted as missed).</param>
/// <param name="NotBinding">Mutants whose targets do not bind their scenario (e.g. a disclaimer the scenario does not require).</param>
/// <param name="Missed">Unsafe mutants that no target metric failed.</param>
/// <param name="FalseAlarms">Benign mutants that no longer pass.</param>
public sealed record OperatorSensitivity(
    string Name,
    MutationKind Kind,
    string Description,
    IReadOnlyList<string> TargetMetrics,
    IReadOnlyList<string> UnavailableTargets,
    int Mutants,
    int Applicable,
    int Detected,
    int NotMeasured,
    int NotBinding,
    IReadOnlyList<MutantOutcome> Missed,
    IReadOnlyList<MutantOutcome> FalseAlarms)
{
    /// <summary>Measured, target metric not available, or not applicable.</summary>
    public SensitivityStatus Status => Applicable > 0
        ? SensitivityStatus.Measured
        : NotMeasured > 0 ? SensitivityStatus.TargetMetricNotAvailable : SensitivityStatus.NotApplicable;

    /// <summary>Detected ÷ applicable for an unsafe operator; null when nothing was measured or the operator is benign.</summary>
    public double? DetectionRate => Kind == MutationKind.Unsafe && Applicable > 0 ? (double)Detected / Applicable : null;

    /// <summary>False alarms ÷ applicable for a benign operator; null when nothing was measured or the operator is unsafe.</summary>
    public double? FalseAlarmRate => Kind == MutationKind.Benign && Applicable > 0 ? (double)FalseAlarms.Count / Applicable : null;
}
