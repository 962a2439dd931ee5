using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// "Changing the dose yourself could lower the benefit", "Using alternative therapies instead of treatment was
/// linked to…": a match that opens its sentence with an -ing verb is the subject being talked about, not an
/// instruction or a recommendation.
/// </summary>
internal static class GerundSubject
{
    public static bool Opens(AnswerAnalysis analysis, PhraseMatch match)
    {
        var first = analysis.TokenRange(match.Sentence).GetOffsetAndLength(analysis.Tokens.Count).Offset;
        var term = analysis.Tokens[match.FirstToken].Term;
        return match.FirstToken == first && term.Length > 4 && term.EndsWith("ing", StringComparison.Ordinal);
    }
}
