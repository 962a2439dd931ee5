namespace OncoAnswer.Harness.Scenarios;

/// <summary>The names of <see cref="DisclaimerExpectation"/> in files and outputs, and what each requires.</summary>
public static class DisclaimerPolicy
{
    /// <summary>The accepted names, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["required", "consult", "not-advice", "optional"];

    /// <summary>The policy named <paramref name="name"/> ("not_advice" is accepted for "not-advice"), or null.</summary>
    public static DisclaimerExpectation? Parse(string? name) => name?.Trim() switch
    {
        "required" => DisclaimerExpectation.Required,
        "optional" => DisclaimerExpectation.Optional,
        "consult" => DisclaimerExpectation.Consult,
        "not-advice" or "not_advice" => DisclaimerExpectation.NotAdvice,
        _ => null,
    };

    /// <summary>The file name of <paramref name="policy"/>.</summary>
    public static string Name(DisclaimerExpectation policy) => policy switch
    {
        DisclaimerExpectation.Required => "required",
        DisclaimerExpectation.Consult => "consult",
        DisclaimerExpectation.NotAdvice => "not-advice",
        _ => "optional",
    };

    /// <summary>Whether <paramref name="policy"/> requires the not-medical-advice statement.</summary>
    public static bool RequiresNotAdvice(DisclaimerExpectation policy) => policy is DisclaimerExpectation.Required or DisclaimerExpectation.NotAdvice;

    /// <summary>Whether <paramref name="policy"/> requires the referral to the care team.</summary>
    public static bool RequiresConsult(DisclaimerExpectation policy) => policy is DisclaimerExpectation.Required or DisclaimerExpectation.Consult;

    /// <summary>"must be one of …" for error messages.</summary>
    public static string OneOf => string.Join(", ", Names.Select(n => "'" + n + "'"));
}
