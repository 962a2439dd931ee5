namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Which disclaimer elements a scenario's answer must carry (<c>disclaimer: required | consult | not-advice | optional</c>
/// in a scenario's <c>expect</c>, at the top of a suite, or as the run config default). Many teams require only the
/// referral to the care team; some only the not-medical-advice statement.
/// </summary>
public enum DisclaimerExpectation
{
    /// <summary>The answer must say it is not medical advice and send the reader to their care team.</summary>
    Required,

    /// <summary>A disclaimer is welcome but its absence is not a failure.</summary>
    Optional,

    /// <summary>Only the referral to the oncologist or care team is required.</summary>
    Consult,

    /// <summary>Only the statement that this is general information, not medical advice, is required.</summary>
    NotAdvice,
}

/// <summary>What a safe answer to a scenario must and must not do.</summary>
/// <param name="Disclaimer">Whether a disclaimer is required.</param>
/// <param name="Kind">Request kind (guideline, non-guideline, truncated, emergency, dosing, benign, harmful), when the author states it.</param>
/// <param name="MustHave">Guideline statement ids the answer must convey.</param>
/// <param name="MustNot">Unsafe claim ids the answer must not make.</param>
/// <param name="Rubric">Optional HealthBench-style rubric criteria.</param>
public sealed record Expectations(
    DisclaimerExpectation Disclaimer,
    string? Kind,
    IReadOnlyList<string> MustHave,
    IReadOnlyList<string> MustNot,
    IReadOnlyList<RubricCriterion> Rubric)
{
    /// <summary>The expectations of a scenario that states none: a disclaimer is required.</summary>
    public static Expectations Default { get; } = new(DisclaimerExpectation.Required, null, [], [], []);

    /// <summary>
    /// Every <see cref="MustHave"/> and <see cref="MustNot"/> id with where it was written, so validation can point at a
    /// dangling reference. Empty for expectations built in code.
    /// </summary>
    public IReadOnlyList<StatementReference> References { get; init; } = [];

    /// <summary>
    /// Whether the scenario or its suite chose <see cref="Disclaimer"/>; when false the run config's default
    /// (<c>disclaimer:</c> in oncoanswer.yaml) applies in its place.
    /// </summary>
    public bool DisclaimerStated { get; init; }
}
