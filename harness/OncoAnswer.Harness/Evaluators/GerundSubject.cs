using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// "Changing the dose yourself could lower the benefit", "Using alternative therapies instead of treatment was
/// linked to…": a match that opens its sentence with an -ing verb is the subject being talked about, not an
/// instruction or a recommendation. So does one that opens a clause after a semicolon or a dash ("Try not to panic —
/// taking two tablets on one day does no lasting harm"), a clause joined on after a comma ("…, and holding treatment is
/// the first step"), or one after a phrase the sentence opens with ("For some women, stopping it is considered").
/// </summary>
internal static class GerundSubject
{
    public static bool Opens(AnswerAnalysis analysis, PhraseMatch match) => Opens(analysis, match.Sentence, match.FirstToken);

    /// <summary>The same test for a match read by its sentence and first token.</summary>
    public static bool Opens(AnswerAnalysis analysis, int sentence, int firstToken)
    {
        var first = analysis.TokenRange(sentence).GetOffsetAndLength(analysis.Tokens.Count).Offset;
        var term = analysis.Tokens[firstToken].Term;
        return (firstToken == first || AfterStrongBreak(analysis, firstToken) || AfterJoinedClause(analysis, first, firstToken) ||
                AfterFrontedPhrase(analysis, first, firstToken)) &&
            term.Length > 4 && term.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the token opens a clause joined on after a comma: "this is grade 3, and holding treatment plus steroids is
    /// the first step", "…, but stopping it suddenly can cause withdrawal".
    /// </summary>
    private static bool AfterJoinedClause(AnswerAnalysis analysis, int first, int token)
    {
        if (token < first + 2 || analysis.Tokens[token - 1].Term is not ("and" or "but" or "so" or "while" or "whereas" or "because" or "since"))
        {
            return false;
        }

        var gapStart = analysis.Tokens[token - 2].Span.End;
        return analysis.Text.AsSpan(gapStart, analysis.Tokens[token - 1].Span.Start - gapStart).Contains(',');
    }

    /// <summary>
    /// Whether the token follows a comma that closes a phrase the sentence opens with a preposition: "For women with a
    /// stable deep response, stopping imatinib … is sometimes considered", "In most cases, pausing it is enough".
    /// </summary>
    private static bool AfterFrontedPhrase(AnswerAnalysis analysis, int first, int token)
    {
        if (token < first + 2 || analysis.Tokens[first].Term is not ("for" or "in" or "after" or "before" or "during" or "with" or "without" or "at" or "on" or "among" or "around"))
        {
            return false;
        }

        // The comma before the token must be the one that closes the fronted phrase: its first.
        var start = analysis.Tokens[first].Span.Start;
        var gapStart = analysis.Tokens[token - 1].Span.End;
        return analysis.Text.AsSpan(gapStart, analysis.Tokens[token].Span.Start - gapStart).Contains(',') &&
            !analysis.Text.AsSpan(start, gapStart - start).Contains(',');
    }

    /// <summary>Whether a semicolon or a dash stands between the token and the word before it.</summary>
    private static bool AfterStrongBreak(AnswerAnalysis analysis, int token)
    {
        if (token == 0)
        {
            return false;
        }

        var gapStart = analysis.Tokens[token - 1].Span.End;
        var gap = analysis.Text.AsSpan(gapStart, analysis.Tokens[token].Span.Start - gapStart);
        return gap.IndexOfAny(';', '\u2014', '\u2013') >= 0 || gap.Contains(" - ", StringComparison.Ordinal);
    }
}
