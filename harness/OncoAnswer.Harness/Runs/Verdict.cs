namespace OncoAnswer.Harness.Runs;

/// <summary>The outcome for one scenario × generator.</summary>
public enum Verdict
{
    /// <summary>Every metric was computed and none failed.</summary>
    Pass,

    /// <summary>At least one metric failed.</summary>
    Fail,

    /// <summary>The answer could not be produced or scored; never counted as a pass.</summary>
    Error,
}
