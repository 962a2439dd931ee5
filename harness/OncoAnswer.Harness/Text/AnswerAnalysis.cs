using System.Buffers;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// The analysis of one answer (or one user turn), computed once and shared by every evaluator: sentences with
/// offsets, tokens with Lucene English stems, clause boundaries, negation / hedge / reported-speech / quotation
/// scopes, and phrase-lexicon matches (computed on first request per lexicon, then cached). All offsets are into
/// <see cref="Text"/>, the text as received, even when markup or broken Unicode had to be read around.
/// </summary>
public sealed class AnswerAnalysis
{
    /// <summary>Texts longer than this are analysed up to this many characters only (and say so in <see cref="Notes"/>).</summary>
    public const int MaxAnalysedLength = 200_000;

    // Keyed by lexicon instance. A plain dictionary, not a ConditionalWeakTable: the analysis lives for one answer, and
    // a weak table's handles and finalizer cost more than the matching itself at thousands of answers a second.
    private readonly Dictionary<PhraseLexicon, LexiconMatches> matches = new(ReferenceEqualityComparer.Instance);
    private readonly int[] sentenceFirstToken;
    private Dictionary<object, object>? attached;

    private readonly List<Token> tokenList;
    private readonly List<Scope> scopeList;
    private ScopeIndex? scopesByToken;

    private AnswerAnalysis(string text, string normalized, List<Sentence> sentences, List<Token> tokens, List<Scope> scopes, IReadOnlyList<string> notes, bool truncated)
    {
        Text = text;
        Normalized = normalized;
        Sentences = sentences;
        Tokens = tokenList = tokens;
        Scopes = scopeList = scopes;
        Notes = notes;
        Truncated = truncated;
        sentenceFirstToken = new int[sentences.Count + 1];
        var t = 0;
        for (var s = 0; s <= sentences.Count; s++)
        {
            while (t < tokens.Count && tokens[t].Sentence < s)
            {
                t++;
            }

            sentenceFirstToken[s] = t;
        }
    }

    /// <summary>Raised after every analysis is built (lets tests prove that one answer is analysed once).</summary>
    internal static event Action<AnswerAnalysis>? Created;

    /// <summary>The answer text as received.</summary>
    public string Text { get; }

    /// <summary>The same-length working copy the analysis read (markup blanked, broken Unicode replaced).</summary>
    public string Normalized { get; }

    /// <summary>The answer's sentences, headings and list lines, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Every word, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Negation, hedge, reported-speech and quotation scopes.</summary>
    public IReadOnlyList<Scope> Scopes { get; }

    /// <summary>What the analysis had to work around (markup, broken Unicode, truncation), in words for a reviewer.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True when the text was longer than <see cref="MaxAnalysedLength"/> and only its start was analysed.</summary>
    public bool Truncated { get; }

    /// <summary>The tokens as a span, for hot loops (no interface call per token). Valid as long as the analysis.</summary>
    internal ReadOnlySpan<Token> TokenSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokenList);

    /// <summary>True when the text holds no word at all.</summary>
    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public static AnswerAnalysis Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notes = new List<string>();
        var truncated = text.Length > MaxAnalysedLength;
        var cut = truncated ? MaxAnalysedLength - (char.IsHighSurrogate(text[MaxAnalysedLength - 1]) ? 1 : 0) : text.Length;
        if (truncated)
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The answer is {text.Length:N0} characters long; only the first {cut:N0} were analysed."));
        }

        var normalized = TextNormalizer.Normalize(truncated ? text[..cut] : text, notes);
        var sentences = SentenceSplitter.SplitList(normalized);
        var builder = new TokenBuilder(normalized, sentences);
        List<Scope> scopes;
        try
        {
            EnglishStems.Analyze(normalized, ref builder);
            scopes = ScopeFinder.Find(normalized, builder.Tokens, builder.Cues);
        }
        finally
        {
            builder.Release();
        }

        var tokens = builder.Tokens;
        var analysis = new AnswerAnalysis(text, normalized, sentences, tokens, scopes, notes, truncated);
        Created?.Invoke(analysis);
        return analysis;
    }

    /// <summary>The tokens of sentence <paramref name="sentence"/>, as a range of <see cref="Tokens"/> indexes.</summary>
    public Range TokenRange(int sentence) => sentenceFirstToken[sentence]..sentenceFirstToken[sentence + 1];

    /// <summary>The first scope of <paramref name="kind"/> covering token <paramref name="token"/>, or null.</summary>
    public Scope? ScopeOver(ScopeKind kind, int token, Func<Scope, bool>? ignore = null)
    {
        if ((uint)token >= (uint)tokenList.Count)
        {
            foreach (var scope in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scopeList))
            {
                if (scope.Kind == kind && scope.Covers(token) && (ignore is null || !ignore(scope)))
                {
                    return scope;
                }
            }

            return null;
        }

        // Only the scopes covering the token, in the order of Scopes (evaluators ask this for every match they read).
        var covering = scopesByToken ??= new ScopeIndex(scopeList, tokenList.Count);
        for (var i = covering.Start[token]; i < covering.Start[token + 1]; i++)
        {
            var scope = scopeList[covering.Scopes[i]];
            if (scope.Kind == kind && (ignore is null || !ignore(scope)))
            {
                return scope;
            }
        }

        return null;
    }

    /// <summary>The matches of <paramref name="lexicon"/> in this text, computed once per lexicon and cached.</summary>
    public LexiconMatches Matches(PhraseLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        lock (matches)
        {
            if (!matches.TryGetValue(lexicon, out var found))
            {
                matches[lexicon] = found = lexicon.Find(this);
            }

            return found;
        }
    }

    /// <summary>
    /// Something derived from this analysis by <paramref name="owner"/> (an index over the answer, say), built on first
    /// request and kept as long as the analysis: one answer is indexed once however many evaluators read it.
    /// </summary>
    internal T Attached<T>(object owner, Func<AnswerAnalysis, T> create)
        where T : class
    {
        lock (matches)
        {
            attached ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
            if (attached.TryGetValue(owner, out var found))
            {
                return (T)found;
            }
        }

        var made = create(this);
        lock (matches)
        {
            return (T)(attached.TryAdd(owner, made) ? made : attached[owner]);
        }
    }

    /// <summary>The text of a span of the original answer.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Turns the words of a text into tokens with their sentence and clause numbers.</summary>
    private struct TokenBuilder(string text, List<Sentence> sentences) : IWordSink
    {
        private int sentence;
        private int sentenceEnd = sentences.Count > 1 ? sentences[0].Span.End : int.MaxValue;
        private int clause;
        private int previousEnd;
        private Word? previous;

        private byte[] cues = ArrayPool<byte>.Shared.Rent(Math.Max(16, text.Length / 5));

        public List<Token> Tokens { get; } = new(text.Length / 5);

        /// <summary>Each token's scope cues (<see cref="Word.Cue"/>), valid until <see cref="Release"/>.</summary>
        public readonly ReadOnlySpan<byte> Cues => cues.AsSpan(0, Tokens.Count);

        public void Release()
        {
            ArrayPool<byte>.Shared.Return(cues);
            cues = [];
        }

        public void Add(int start, int end, Word word)
        {
            while (start >= sentenceEnd)
            {
                sentence++;
                clause++;
                sentenceEnd = sentence < sentences.Count - 1 ? sentences[sentence].Span.End : int.MaxValue;
            }

            if (word.StartsWithDigit && IsListNumber(text, start, end))
            {
                return; // "2. Using …": the item's number is layout, not a word of the sentence
            }

            if (previous is not null && !InNumberList(previous, word) &&
                ((!(start == previousEnd + 1 && text[previousEnd] == ' ') && BreaksClause(text.AsSpan(previousEnd, start - previousEnd))) || (word.OpensClause && !NotYet(previous, word))))
            {
                clause++;
            }

            if (Tokens.Count == cues.Length)
            {
                var grown = ArrayPool<byte>.Shared.Rent(cues.Length * 2);
                cues.CopyTo(grown, 0);
                ArrayPool<byte>.Shared.Return(cues);
                cues = grown;
            }

            cues[Tokens.Count] = word.Cue;
            Tokens.Add(new Token(Tokens.Count, new TextSpan(start, end - start), word.Term, word.Stem, sentence, clause) { Word = word.Number });
            previousEnd = end;
            previous = word;
        }
    }

    /// <summary>A number of one to three digits that opens its line and is followed by "." or ")" and a space: a numbered list item's number.</summary>
    private static bool IsListNumber(string text, int start, int end)
    {
        if (end - start > 3 || end + 1 >= text.Length || text[end] is not ('.' or ')') || !char.IsWhiteSpace(text[end + 1]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || text[before] is '\n' or '\r';
    }

    /// <summary>"not yet proven" is one clause: "yet" after a negation is an adverb, not the conjunction.</summary>
    private static bool NotYet(Word previous, Word current) => current.IsYet && previous.IsNegation;

    /// <summary>"600, 400 and 200 mg" is one clause: a comma between numbers lists values.</summary>
    private static bool InNumberList(Word previous, Word current) => previous.StartsWithDigit && current.StartsWithDigit;

    /// <summary>Whether the characters between two words end a clause (the usual single space is ruled out before the call).</summary>
    private static bool BreaksClause(ReadOnlySpan<char> gap)
    {
        // Gaps are a few characters ("", " ", ", "), so a plain loop beats a vectorised search.
        for (var i = 0; i < gap.Length; i++)
        {
            switch (gap[i])
            {
                case ',' or ';' or ':' or '(' or ')' or '[' or ']' or '\u2014' or '\u2013' or '!' or '?' or '.':
                    return true;
                case '-' when i > 0 && i + 1 < gap.Length && gap[i - 1] == ' ' && gap[i + 1] == ' ':
                    return true;
            }
        }

        return false;
    }

    /// <summary>For each token, the numbers of the scopes covering it, in scope order (built on first use; a race builds it twice, alike).</summary>
    private sealed class ScopeIndex
    {
        public ScopeIndex(List<Scope> scopes, int tokens)
        {
            Start = new int[tokens + 1];
            foreach (var scope in scopes)
            {
                for (var t = Math.Max(0, scope.FirstToken); t <= scope.LastToken && t < tokens; t++)
                {
                    Start[t + 1]++;
                }
            }

            for (var t = 0; t < tokens; t++)
            {
                Start[t + 1] += Start[t];
            }

            Scopes = new int[Start[tokens]];
            var next = Start[..^1];
            for (var i = 0; i < scopes.Count; i++)
            {
                for (var t = Math.Max(0, scopes[i].FirstToken); t <= scopes[i].LastToken && t < tokens; t++)
                {
                    Scopes[next[t]++] = i;
                }
            }
        }

        /// <summary>Token t's scopes are Scopes[Start[t]..Start[t + 1]].</summary>
        public int[] Start { get; }

        public int[] Scopes { get; }
    }
}
