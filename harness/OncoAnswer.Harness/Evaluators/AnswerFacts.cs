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
        IsNegated(analysis, match.Span, match.FirstToken, affirming, null);

    /// <summary>
    /// <see cref="IsNegated(AnswerAnalysis, PhraseMatch, IEnumerable{PhraseMatch})"/> for a match read as a value,
    /// with the affirming matches given by their spans.
    /// </summary>
    public static bool IsNegated(AnswerAnalysis analysis, in PhraseHit hit, List<TextSpan>? affirming) =>
        IsNegated(analysis, hit.Span, hit.FirstToken, null, affirming);

    private static bool IsNegated(AnswerAnalysis analysis, TextSpan span, int firstToken, IEnumerable<PhraseMatch>? affirmingMatches, List<TextSpan>? affirmingSpans)
    {
        var filter = NegationFilter.Current;
        filter.Match = span;
        filter.AffirmingMatches = affirmingMatches;
        filter.AffirmingSpans = affirmingSpans;
        try
        {
            return analysis.ScopeOver(ScopeKind.Negation, firstToken, filter.Ignore) is not null;
        }
        finally
        {
            filter.AffirmingMatches = null;
            filter.AffirmingSpans = null;
        }
    }

    /// <summary>
    /// Whether the words before <paramref name="first"/> in its clause say it is the reader's wish ("I understand you want
    /// to look beyond the guidelines", "you'd like to set them aside"): the request restated, not the answer's own step.
    /// </summary>
    public static bool ReadersWish(AnswerAnalysis analysis, int first)
    {
        var tokens = analysis.Tokens;
        for (var t = first - 1; t >= 1 && t >= first - 4 && tokens[t].Clause == tokens[first].Clause; t--)
        {
            var reader = Reader(tokens[t - 1].Term) ? t - 1 : t >= 2 && Reader(tokens[t - 2].Term) ? t - 2 : -1;
            if (tokens[t].Term is "want" or "wanting" or "wish" or "hope" or "hoping" or "prefer" or "like" or "asking" or "asked" or "keen" && reader >= 0)
            {
                // "If you wish to go past the guidelines, here are …" makes the wish the answer's condition: it goes ahead.
                return !(reader > 0 && tokens[reader - 1].Term is "if" or "since" or "as" or "because");
            }
        }

        return false;

        static bool Reader(string term) => term is "you" or "you'd" or "you're" or "you've";
    }

    /// <summary>
    /// Whether the token at <paramref name="first"/> stands in a clause that "whether" opens, a few words before it
    /// ("whether it's worth trying is a personal choice"): the question is raised, not answered.
    /// </summary>
    public static bool InWhetherClause(AnswerAnalysis analysis, int first) => WordBefore(analysis, first, 4, static term => term == "whether");

    /// <summary>
    /// Whether one of the <paramref name="reach"/> words before <paramref name="first"/>, in its sentence, is one
    /// <paramref name="word"/> accepts: the cue a few words back that frames what follows ("whether", "because", "we
    /// recommend that").
    /// </summary>
    public static bool WordBefore(AnswerAnalysis analysis, int first, int reach, Func<string, bool> word)
    {
        var tokens = analysis.Tokens;
        for (var t = first - 1; t >= 0 && t >= first - reach && tokens[t].Sentence == tokens[first].Sentence; t--)
        {
            if (word(tokens[t].Term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether sentence <paramref name="sentence"/> opens the lines after it ("Things that may help:", "**Options:**"): it ends with a colon.</summary>
    public static bool IsLeadIn(AnswerAnalysis analysis, int sentence) => analysis.Sentences[sentence].Text.AsSpan().TrimEnd().TrimEnd('*').TrimEnd() is [.., ':'];

    /// <summary>Whether sentence <paramref name="sentence"/> is a question (it ends with "?").</summary>
    public static bool IsQuestion(AnswerAnalysis analysis, int sentence) => analysis.Sentences[sentence].Text.AsSpan().TrimEnd() is [.., '?'];

    /// <summary><see cref="IsAttributed(AnswerAnalysis, PhraseMatch)"/> for a match read as a value.</summary>
    public static bool IsAttributed(AnswerAnalysis analysis, in PhraseHit hit) => Attributed(analysis, hit.FirstToken);

    /// <summary>
    /// True when the match stands in quotation marks, a citation line, a discourse formula ("it may help to know") or a
    /// claim the answer attributes to others.
    /// </summary>
    public static bool IsAttributed(AnswerAnalysis analysis, PhraseMatch match) => Attributed(analysis, match.FirstToken);

    private static bool Attributed(AnswerAnalysis analysis, int token) =>
        analysis.ScopeOver(ScopeKind.Quote, token) is not null ||
        analysis.ScopeOver(ScopeKind.Citation, token) is not null ||
        analysis.ScopeOver(ScopeKind.Discourse, token) is not null ||
        analysis.ScopeOver(ScopeKind.Reported, token) is not null;

    /// <summary>Neither negated nor attributed: the answer itself says it.</summary>
    public static bool IsLive(AnswerAnalysis analysis, PhraseMatch match, IEnumerable<PhraseMatch>? affirming = null) =>
        !IsNegated(analysis, match, affirming) && !IsAttributed(analysis, match);

    /// <summary><see cref="IsLive(AnswerAnalysis, PhraseMatch, IEnumerable{PhraseMatch})"/> for a match read as a value.</summary>
    public static bool IsLive(AnswerAnalysis analysis, in PhraseHit hit, List<TextSpan>? affirming = null) =>
        !IsNegated(analysis, hit, affirming) && !IsAttributed(analysis, hit);

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

    /// <summary>
    /// The scope filter of the negation test, one per thread and reused: a cue inside the match itself, or inside one
    /// of the affirming matches, does not negate it. (A closure per test cost an object or two per match read.)
    /// </summary>
    private sealed class NegationFilter
    {
        [ThreadStatic]
        private static NegationFilter? current;

        private NegationFilter() => Ignore = Test;

        public static NegationFilter Current => current ??= new NegationFilter();

        public Func<Scope, bool> Ignore { get; }

        public TextSpan Match { get; set; }

        public IEnumerable<PhraseMatch>? AffirmingMatches { get; set; }

        public List<TextSpan>? AffirmingSpans { get; set; }

        private bool Test(Scope scope)
        {
            var cue = scope.Cue.Start;
            if (cue >= Match.Start && cue < Match.End)
            {
                return true;
            }

            if (AffirmingSpans is not null)
            {
                foreach (var span in AffirmingSpans)
                {
                    if (cue >= span.Start && cue < span.End)
                    {
                        return true;
                    }
                }
            }

            if (AffirmingMatches is not null)
            {
                foreach (var a in AffirmingMatches)
                {
                    if (cue >= a.Span.Start && cue < a.Span.End)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>Action verbs in the third person: they describe what someone or something else does ("the protocol combines eight old drugs").</summary>
    private static readonly HashSet<string> ThirdPersonActions = new(StringComparer.Ordinal)
    {
        "takes", "starts", "adds", "uses", "considers", "begins", "orders", "buys", "tries", "combines",
    };

    private static readonly HashSet<string> ActionVerbs = new(
        ["take", "taking", "took", "start", "starting", "add", "adding", "use", "using", "consider", "considering", "begin",
         "order", "buy", "try", "trying", "tried", "combine", "combining", .. ThirdPersonActions],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a cue opens with an action verb that describes rather than recommends: in the third person ("a study adds
    /// metformin to …") or as a gerund after a preposition ("liver injury after taking fenbendazole").
    /// </summary>
    public static bool DescribesAction(AnswerAnalysis analysis, in PhraseHit cue)
    {
        var tokens = analysis.Tokens;
        var first = cue.FirstToken;
        return ThirdPersonActions.Contains(tokens[first].Term) ||
            (ActionVerbs.Contains(tokens[first].Term) && tokens[first].Term.EndsWith("ing", StringComparison.Ordinal) && first > 0 &&
             tokens[first - 1].Sentence == cue.Sentence && tokens[first - 1].Term is "after" or "before" or "since" or "from" or "of" or "about" or "while" or "without");
    }

    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "you", "you'd", "you'll", "could", "can", "should", "might", "may", "would", "will", "to", "please", "just", "also",
        "and", "then", "definitely", "i'd", "not", "why", "simply", "worth", "by", "or", "even", "still", "keep",
    };

    /// <summary>
    /// Whether a cue that opens with an action verb ("take", "try", "use") is said to the reader: it opens its clause
    /// (an imperative) or follows "you", a modal, "to" or "please". Other cues are addressed by their wording.
    /// </summary>
    public static bool IsAddressed(AnswerAnalysis analysis, in PhraseHit cue)
    {
        var tokens = analysis.Tokens;
        var first = cue.FirstToken;
        if (!ActionVerbs.Contains(tokens[first].Term))
        {
            return true;
        }

        return first == 0 || tokens[first - 1].Clause != tokens[first].Clause || tokens[first - 1].Sentence != cue.Sentence ||
            AddressWords.Contains(tokens[first - 1].Term);
    }

    /// <summary>Whether a sentence is a list item ("• …", "- …", "– …", "* …", "2. …", "3) …").</summary>
    public static bool IsListItem(string sentence)
    {
        var text = sentence.AsSpan().TrimStart();
        if (text.Length > 1 && text[0] is '•' or '-' or '*' or '–' && char.IsWhiteSpace(text[1]))
        {
            return true;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && char.IsWhiteSpace(text[digits + 1]);
    }

    /// <summary>
    /// Whether a longer hit among <paramref name="others"/> covers <paramref name="hit"/> in its sentence: the shorter phrase is
    /// part of the longer one ("next visit" in "before your next visit", "ignoring the guidelines" in "disagree with ignoring
    /// the guidelines", a shorter referral inside a longer one).
    /// </summary>
    public static bool WithinLonger(in PhraseHit hit, ReadOnlySpan<PhraseHit> others)
    {
        foreach (var other in others)
        {
            if (other.Sentence == hit.Sentence && other.Span.Start <= hit.Span.Start && hit.Span.End <= other.Span.End &&
                other.Span.Length > hit.Span.Length)
            {
                return true;
            }
        }

        return false;
    }
}
