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
    SourceLocation Location);
