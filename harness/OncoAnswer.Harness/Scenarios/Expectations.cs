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

    /// <summary>
    /// The share of the factual must-have statements an answer must convey (<c>expect.min_coverage</c>, 0..1); null means
    /// the default, at least one of them. 0 turns the relevance requirement off for the scenario.
    /// </summary>
    public double? MinCoverage { get; init; }

    /// <summary>Parses a <c>min_coverage</c> value: a number from 0 to 1 ("0.5") or a percentage ("50%"); null when it is neither.</summary>
    public static double? ParseMinCoverage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (!double.TryParse(percent ? t[..^1] : t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value = percent ? value / 100 : value;
        return value is >= 0 and <= 1 ? value : null;
    }
}
