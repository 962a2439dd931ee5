namespace OncoAnswer.Harness.Sensitivity;

/// <summary>How far an operator could be measured on a run.</summary>
public enum SensitivityStatus
{
    /// <summary>At least one mutant was scored by a target metric that is binding for its scenario.</summary>
    Measured,

    /// <summary>Mutants were made, but none of the metrics that should catch them is computed by the evaluators (yet).</summary>
    TargetMetricNotAvailable,

    /// <summary>No passing answer could be edited, or the targets bind no scenario (e.g. no emergency in the suites).</summary>
    NotApplicable,
}
