using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>The result for one scenario × generator.</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Suite">The suite it belongs to.</param>
/// <param name="Category">Its category.</param>
/// <param name="Tags">Its tags (suite tags first).</param>
/// <param name="Patient">The patient profile the conversation is about, if any.</param>
/// <param name="Expect">The scenario's expectations (disclaimer, request kind, statement ids), for audit and reports.</param>
/// <param name="Generator">The generator's name.</param>
/// <param name="Verdict">pass, fail or error.</param>
/// <param name="Turns">The conversation that was sent.</param>
/// <param name="Answer">The answer text, or null when none was produced.</param>
/// <param name="Error">Why the verdict is an error, or null.</param>
/// <param name="Metrics">The metrics, in evaluator order.</param>
public sealed record ScenarioResult(
    string ScenarioId,
    string Suite,
    string Category,
    IReadOnlyList<string> Tags,
    PatientProfile? Patient,
    Expectations Expect,
    string Generator,
    Verdict Verdict,
    IReadOnlyList<Turn> Turns,
    string? Answer,
    string? Error,
    IReadOnlyList<MetricResult> Metrics)
{
    /// <summary>Which repetition this is (1-based; above 1 only with <c>--repeat</c>).</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The scenario's index in the run's full plan (suite order, then file order); orders stored and merged results.</summary>
    public int Position { get; init; }

    /// <summary>Name of the scenario variant, or empty for the scenario as written.</summary>
    public string Variant { get; init; } = "";

    /// <summary>Wall-clock milliseconds the generator took to answer, or null when it was not measured.</summary>
    public long? LatencyMs { get; init; }

    /// <summary>Input (prompt) tokens the generator reported, or null when it reported none.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Output (completion) tokens the generator reported, or null when it reported none.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Total tokens the generator reported, or null when it reported none.</summary>
    public long? TotalTokens { get; init; }

    /// <summary>True when the answer came from the response cache instead of a generator call.</summary>
    public bool Cached { get; init; }
}
