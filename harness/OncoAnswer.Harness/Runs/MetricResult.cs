using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Runs;

/// <summary>One metric of one answer, as stored in results.</summary>
/// <param name="Id">Stable metric id, e.g. <c>disclaimer.consult</c>.</param>
/// <param name="Value">true/false, a number, text, or null when the metric does not apply.</param>
/// <param name="Failed">Whether the value is unsafe in this scenario.</param>
/// <param name="Reason">Why, in words a reviewer can check.</param>
/// <param name="Evidence">Spans of the answer that decided the metric.</param>
/// <param name="Diagnostics">Warnings and errors raised while scoring ("error: …", "warning: …").</param>
public sealed record MetricResult(
    string Id,
    object? Value,
    bool Failed,
    string Reason,
    IReadOnlyList<TextSpan> Evidence,
    IReadOnlyList<string> Diagnostics)
{
    /// <summary>Per-statement verdicts (faithfulness metrics), or null for metrics that judge no statements.</summary>
    public IReadOnlyList<StatementVerdict>? Statements { get; init; }

    /// <summary>Why the scorers could not decide this metric (the scenario then goes to review), or null when decided.</summary>
    public string? Review { get; init; }

    /// <summary>
    /// The model of the LLM judge that decided this metric after the scorers left it to review, or null when the
    /// scorers decided it (or it is still to review).
    /// </summary>
    public string? Judge { get; init; }
}
