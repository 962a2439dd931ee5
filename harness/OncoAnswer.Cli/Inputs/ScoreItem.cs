using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Inputs;

/// <summary>One answer to score, read from a line of the input file.</summary>
/// <param name="Id">The input id (becomes the result's scenarioId).</param>
/// <param name="Turns">The conversation the answer responds to.</param>
/// <param name="Answer">The answer text.</param>
/// <param name="Scenario">A library scenario id whose expectations apply, or null.</param>
/// <param name="Request">The stated request kind, or null to detect it.</param>
/// <param name="Disclaimer">The stated disclaimer expectation, or null for the scenario's (default: required).</param>
/// <param name="Location">Where the line is, for errors.</param>
internal sealed record ScoreItem(
    string Id,
    IReadOnlyList<Turn> Turns,
    string Answer,
    string? Scenario,
    string? Request,
    DisclaimerExpectation? Disclaimer,
    SourceLocation Location)
{
    /// <summary>Inline must-have statements (knowledge-base ids or statement text), or null for the scenario's.</summary>
    public IReadOnlyList<string>? MustHave { get; init; }

    /// <summary>Inline must-not claims (knowledge-base ids or statement text), or null for the scenario's.</summary>
    public IReadOnlyList<string>? MustNot { get; init; }

    /// <summary>The stated <c>expect.min_coverage</c>, or null for the scenario's (default: at least one must-have).</summary>
    public double? MinCoverage { get; init; }

    /// <summary>How the completion ended as the log recorded it (<c>stop</c>, <c>length</c>, …), or null when unknown.</summary>
    public string? FinishReason { get; init; }
}
