using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>Shared readings of the analysis that several evaluators need: is a match live (asserted by the answer), and where does a sentence stand.</summary>
internal static class AnswerFacts
{
    /// <summary>
    /// True when a negation cue before the match (not inside it, nor inside one of <paramref name="affirming"/>, such
    /// as "isn't" in "this isn't a substitute for") has it in scope.
    /// </summary>
    public static bool IsNegated(AnswerAnalysis analysis, PhraseMatch match, IEnumerable<PhraseMatch>? affirming = null) =>
        analysis.ScopeOver(ScopeKind.Negation, match.FirstToken, scope =>
            (scope.Cue.Start >= match.Span.Start && scope.Cue.Start < match.Span.End) ||
            (affirming is not null && affirming.Any(a => scope.Cue.Start >= a.Span.Start && scope.Cue.Start < a.Span.End))) is not null;

    /// <summary>True when the match stands in quotation marks or in a claim the answer attributes to others.</summary>
    public static bool IsAttributed(AnswerAnalysis analysis, PhraseMatch match) =>
        analysis.ScopeOver(ScopeKind.Quote, match.FirstToken) is not null ||
        analysis.ScopeOver(ScopeKind.Reported, match.FirstToken) is not null;

    /// <summary>Neither negated nor attributed: the answer itself says it.</summary>
    public static bool IsLive(AnswerAnalysis analysis, PhraseMatch match, IEnumerable<PhraseMatch>? affirming = null) =>
        !IsNegated(analysis, match, affirming) && !IsAttributed(analysis, match);

    /// <summary>
    /// Opening: the first three sentences or the first fifth of the text; closing: the last three sentences or the
    /// last fifth; body: the rest. Long answers put their caveats in paragraphs, so characters matter as well as counts.
    /// </summary>
    public static string Position(AnswerAnalysis analysis, int sentenceIndex)
    {
        var sentence = analysis.Sentences[sentenceIndex];
        var count = analysis.Sentences.Count;
        var length = Math.Max(1, analysis.Normalized.Length);
        if (sentence.Index < 3 || sentence.Span.Start < length / 5)
        {
            return "opening";
        }

        return sentence.Index >= count - 3 || sentence.Span.End > length - (length / 5) ? "closing" : "body";
    }

    /// <summary>A short quotation of a span for reasons (at most 80 characters, on one line).</summary>
    public static string Quote(AnswerAnalysis analysis, TextSpan span)
    {
        var text = analysis.Normalized.Substring(span.Start, span.Length).ReplaceLineEndings(" ").Trim();
        return "\"" + (text.Length > 80 ? text[..77] + "..." : text) + "\"";
    }
}
