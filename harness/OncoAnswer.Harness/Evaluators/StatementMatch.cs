using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>The deterministic reading of one statement against one answer: verdict, how much of it the best passage conveys, and where.</summary>
/// <param name="Verdict">Entailed, contradicted or not mentioned.</param>
/// <param name="Coverage">Weighted share of the statement's units found in the best passage (0..1).</param>
/// <param name="Evidence">The sentences of that passage.</param>
/// <param name="Reason">A short reason for reviewers (e.g. "negated", "400 mg where the statement says 600 mg"); null for an entailment, whose reason is its coverage.</param>
internal sealed record StatementMatch(StatementVerdictKind Verdict, double Coverage, IReadOnlyList<TextSpan> Evidence, string? Reason)
{
    /// <summary>The reason, written out when asked for (most matches are never explained).</summary>
    public string Why => Reason ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"conveys {Coverage:P0} of it");
}
