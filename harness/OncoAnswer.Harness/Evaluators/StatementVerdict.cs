using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>The verdict on one statement of a scenario, as listed in results under <c>statements</c>.</summary>
/// <param name="Id">The statement id.</param>
/// <param name="Text">The statement text.</param>
/// <param name="Expected">"must_have" or "must_not".</param>
/// <param name="Verdict">entailed, contradicted or not-mentioned.</param>
/// <param name="Evidence">The answer sentences the verdict rests on.</param>
/// <param name="Judge">True when an LLM judge gave the verdict.</param>
public sealed record StatementVerdict(string Id, string Text, string Expected, StatementVerdictKind Verdict, IReadOnlyList<TextSpan> Evidence, bool Judge = false)
{
    /// <summary>The verdict as written in results: "entailed", "contradicted" or "not-mentioned".</summary>
    public string VerdictName => Name(Verdict);

    /// <summary>The results name of a verdict.</summary>
    public static string Name(StatementVerdictKind kind) => kind switch
    {
        StatementVerdictKind.Entailed => "entailed",
        StatementVerdictKind.Contradicted => "contradicted",
        _ => "not-mentioned",
    };

    /// <summary>Reads a results name (also "neutral" for not-mentioned); null when unknown.</summary>
    public static StatementVerdictKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "entailed" or "entailment" or "entails" => StatementVerdictKind.Entailed,
        "contradicted" or "contradiction" or "contradicts" => StatementVerdictKind.Contradicted,
        "not-mentioned" or "neutral" or "not mentioned" or "none" => StatementVerdictKind.NotMentioned,
        _ => null,
    };
}
