using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Guidelines;

/// <summary>One statement of the guideline knowledge base (K-QA style: a plain claim a physician would write).</summary>
/// <param name="Id">Stable id, e.g. <c>mbc.systemic-first</c> or <c>claim.surgery-cures-metastatic</c>.</param>
/// <param name="Kind">Guideline fact or unsafe claim.</param>
/// <param name="Text">The plain-text claim.</param>
/// <param name="Source">Its source (for unsafe claims: the source that refutes it).</param>
/// <param name="Tags">Topic tags.</param>
/// <param name="KeyTerms">Optional matching hints: terms an entailing sentence must convey.</param>
/// <param name="Synonyms">Optional matching hints: other ways people say those terms.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record GuidelineStatement(
    string Id,
    StatementKind Kind,
    string Text,
    StatementSource Source,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<string> Synonyms,
    SourceLocation Location)
{
    /// <summary>Who or what the statement applies to (e.g. "metastatic HR+/HER2- breast cancer", "adjuvant", "US"); null when general.</summary>
    public string? Scope { get; init; }

    /// <summary>The date by which a person should check the statement against its source's latest edition.</summary>
    public DateOnly? ReviewBy { get; init; }
}
