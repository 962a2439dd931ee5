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

    /// <summary>
    /// No metric failed, but the scorers could not decide at least one with confidence (an answer not in English, a
    /// polarity the rules cannot resolve, an ungraded rubric criterion): a person or the judge must look. Never a pass.
    /// </summary>
    Review,
}
