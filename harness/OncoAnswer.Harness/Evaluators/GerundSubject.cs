using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// "Changing the dose yourself could lower the benefit", "Using alternative therapies instead of treatment was
/// linked to…": a match that opens its sentence with an -ing verb is the subject being talked about, not an
/// instruction or a recommendation.
/// </summary>
internal static class GerundSubject
{
    public static bool Opens(AnswerAnalysis analysis, PhraseMatch match) => Opens(analysis, match.Sentence, match.FirstToken);

    /// <summary>The same test for a match read by its sentence and first token.</summary>
    public static bool Opens(AnswerAnalysis analysis, int sentence, int firstToken)
    {
        var first = analysis.TokenRange(sentence).GetOffsetAndLength(analysis.Tokens.Count).Offset;
        var term = analysis.Tokens[firstToken].Term;
        return firstToken == first && term.Length > 4 && term.EndsWith("ing", StringComparison.Ordinal);
    }
}
