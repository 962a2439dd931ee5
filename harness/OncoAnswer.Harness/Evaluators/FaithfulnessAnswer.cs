using System.Runtime.InteropServices;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// An answer indexed once for statement matching: for every unit key (content stem or concept, brand and lay names
/// folded in by the lexicon) the sentences that assert it and whether they negate it. Questions and words the answer
/// attributes to others (quotes, "some websites claim") are left out: the answer does not assert them. Only the units
/// the knowledge base knows are indexed up front (by unit number, see <see cref="FaithfulnessIndex.KeyIds"/>); a stem
/// only an inline statement names is found by reading the tokens when it is first asked for.
/// </summary>
internal sealed class FaithfulnessAnswer
{
    private readonly FaithfulnessIndex index;
    // Occurrences of every indexed unit in one array, unit after unit (each unit's in the order found), and where each
    // unit's run starts: unit u occupies occurrences[starts[u]..starts[u + 1]].
    private readonly (int Sentence, bool Negated)[] occurrences;
    private readonly int[] starts;
    private readonly bool[] eligible;
    private readonly bool[] negated;
    private readonly bool[] asserted;
    private readonly List<int>?[]? rowContext;
    private readonly Lock gate = new();
    private List<Quantity>? quantities;
    private Dictionary<string, List<(int Sentence, bool Negated)>>? otherStems;

    public FaithfulnessAnswer(AnswerAnalysis analysis, FaithfulnessIndex index)
    {
        Analysis = analysis;
        this.index = index;
        var work = scratch ??= new Scratch();
        var found = work.Found;
        found.Clear();
        var sentences = analysis.Sentences;
        var asserted = new bool[sentences.Count];
        for (var s = 0; s < asserted.Length; s++)
        {
            var text = sentences[s].Text.AsSpan().TrimEnd();
            asserted[s] = (text.IsEmpty || text[^1] != '?') && !IsIndirectQuestion(analysis, s, text);
        }

        // Scopes are read once into per-token flags (the answer may hold hundreds of words and dozens of scopes).
        var tokens = analysis.TokenSpan;
        negated = new bool[tokens.Length];
        eligible = new bool[tokens.Length];
        var attributed = work.Attributed(tokens.Length);
        var polar = work.Polar;
        polar.Clear();
        foreach (var scope in analysis.Scopes)
        {
            if (scope.Kind == ScopeKind.Negation && FaithfulnessVocabulary.IsPolarity(analysis, scope))
            {
                polar.Add(scope);
                Mark(negated, scope, tokens.Length);
            }
            else if (scope.Kind is ScopeKind.Quote or ScopeKind.Reported or ScopeKind.Discourse)
            {
                Mark(attributed, scope, tokens.Length);
            }
        }

        DenyListItems(analysis, polar, negated);
        var matches = analysis.Matches(index.Lexicon);
        ConsumeCues(matches, polar, negated);

        // Mentions in a condition ("if you are sick after a dose, … no extra dose is taken") are found after the
        // others: where a sentence names a unit in its condition and in its main clause, the main clause gives its polarity.
        var conditional = work.Conditional(tokens);
        var deferred = work.Deferred;
        deferred.Clear();
        var contentUnit = index.ContentUnit;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            eligible[t] = asserted[token.Sentence] && !attributed[t];
            if (eligible[t] && contentUnit.Of(token) is var id && id >= 0)
            {
                (conditional[t] ? deferred : found).Add((id, token.Sentence, negated[t]));
            }
        }

        var conceptUnits = index.ConceptUnits;
        for (var category = 0; category < matches.CategoryCount; category++)
        {
            var (unit, opposite) = conceptUnits[category];
            if (unit < 0 || matches.Of(category) is not { } conceptMatches)
            {
                continue;
            }

            var oppositeMatches = index.OppositeCategories[category] is var other && other >= 0 ? matches.Of(other) ?? default : default;
            foreach (var match in conceptMatches)
            {
                // A phrase inside a longer one of the opposite is part of it: "before your next visit" is urgent, though
                // "next visit" alone would say it can wait.
                if (asserted[match.Sentence] && !attributed[match.FirstToken] && !AnswerFacts.WithinLonger(match, oppositeMatches.AsSpan()))
                {
                    // A cue inside the match ("can't wait", "stop … progressing") is part of the phrase, not its polarity.
                    var isNegated = negated[match.FirstToken] && NegatedFromOutside(polar, match.FirstToken, match.Span);
                    (conditional[match.FirstToken] ? deferred : found).Add((unit, match.Sentence, isNegated ^ opposite));
                }
            }
        }

        found.AddRange(deferred);

        // A table row says what it says of its header and of the sentence that leads into the table ("| First reduction |
        // 300 mg |" under "Dose reductions of ribociclib …"): the row conveys their units too, after its own.
        rowContext = TableContext(analysis);
        if (rowContext is not null)
        {
            for (int i = 0, count = found.Count; i < count; i++)
            {
                var (unit, sentence, isNegated) = found[i];
                foreach (var row in rowContext[sentence] ?? [])
                {
                    found.Add((unit, row, isNegated));
                }
            }
        }

        // A stable counting sort by unit: each unit's occurrences keep the order they were found in.
        starts = new int[index.KeyIds.Count + 1];
        foreach (var (unit, _, _) in found)
        {
            starts[unit + 1]++;
        }

        for (var u = 1; u < starts.Length; u++)
        {
            starts[u] += starts[u - 1];
        }

        occurrences = new (int Sentence, bool Negated)[found.Count];
        var next = work.Next(starts.Length - 1);
        Array.Copy(starts, next, starts.Length - 1);
        foreach (var (unit, sentence, isNegated) in found)
        {
            occurrences[next[unit]++] = (sentence, isNegated);
        }

        this.asserted = asserted;
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> is a heading worded as a question without its mark ("How Plan B works",
    /// "What to expect"): it names a topic, so it can lead a list, but it denies nothing. Eight words or fewer, opening
    /// with a question word, without a full stop.
    /// </summary>
    public bool IsQuestionHeading(int s) => IsQuestionHeading(Analysis, s, Analysis.Sentences[s].Text.AsSpan().TrimEnd());

    private static bool IsQuestionHeading(AnswerAnalysis analysis, int sentence, ReadOnlySpan<char> text)
    {
        var (first, count) = analysis.TokenRange(sentence).GetOffsetAndLength(analysis.Tokens.Count);
        return count is > 0 and <= 8 && text[^1] is not ('.' or '!' or ':') &&
            analysis.Tokens[first].Term is "how" or "what" or "why" or "when" or "which" or "who" or "where" or "whether";
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> is a question put indirectly, as in a list of what the person may have meant
    /// ("– how soon after surgery you can drive,", "whether you should stop the tablets"): "how" or
    /// "whether" opens it and a person is its subject within the next few words, with no colon setting out an answer.
    /// </summary>
    private static bool IsIndirectQuestion(AnswerAnalysis analysis, int s, ReadOnlySpan<char> text)
    {
        var (first, count) = analysis.TokenRange(s).GetOffsetAndLength(analysis.Tokens.Count);
        if (count < 3 || analysis.Tokens[first].Term is not ("how" or "whether") || text.Contains(':'))
        {
            return false;
        }

        for (var t = first + 1; t < first + count && t <= first + 6; t++)
        {
            if (analysis.Tokens[t].Term is "you" or "he" or "she" or "they" or "we" or "i")
            {
                return true;
            }
        }

        return false;
    }

    public AnswerAnalysis Analysis { get; }

    /// <summary>Numbers with units in asserted sentences, found on first use (only statements that give a measure read them).</summary>
    public IReadOnlyList<Quantity> Quantities
    {
        get
        {
            lock (gate)
            {
                if (quantities is null)
                {
                    var tokens = Analysis.TokenSpan;
                    quantities = [];
                    foreach (var q in QuantityFinder.Find(Analysis))
                    {
                        if (q.Unit.Length > 0 && asserted[tokens[q.Token].Sentence])
                        {
                            quantities.Add(q);
                        }
                    }
                }

                return quantities;
            }
        }
    }

    public int SentenceCount => Analysis.Sentences.Count;

    /// <summary>
    /// By sentence, whether it hedges ("usually", "generally", "may", "some") without an absolute of its own ("always",
    /// "completely"), found on first use: such a sentence does not make a claim that says "always".
    /// </summary>
    public bool[] Hedged
    {
        get
        {
            lock (gate)
            {
                if (hedged is null)
                {
                    var hedges = new bool[SentenceCount];
                    var absolute = new bool[SentenceCount];
                    foreach (var token in Analysis.TokenSpan)
                    {
                        hedges[token.Sentence] |= FaithfulnessVocabulary.Hedges.Contains(token.Term);
                        absolute[token.Sentence] |= FaithfulnessVocabulary.Absolutes.Contains(token.Term);
                    }

                    for (var i = 0; i < hedges.Length; i++)
                    {
                        hedges[i] &= !absolute[i];
                    }

                    hedged = hedges;
                }

                return hedged;
            }
        }
    }

    private bool[]? hedged;

    /// <summary>
    /// By sentence, whether it leaves the evidence open: it hedges (see <see cref="Hedged"/>, absolutes aside), or says
    /// the evidence is unsettled ("results are mixed"), or names evidence at all ("studies", "research"); found on first
    /// use. Only a sentence that does none of these states a claim as settled.
    /// </summary>
    public bool[] Unsettled
    {
        get
        {
            lock (gate)
            {
                if (unsettled is null)
                {
                    var open = new bool[SentenceCount];
                    foreach (var token in Analysis.TokenSpan)
                    {
                        // The analysis's own hedge cues ("could", "suggests", "seems") as well as statement matching's ("usually", "some").
                        open[token.Sentence] |= FaithfulnessVocabulary.Hedges.Contains(token.Term) || ScopeCues.Hedge.Contains(token.Term) ||
                            FaithfulnessVocabulary.EvidenceWords.Contains(token.Term);
                    }

                    foreach (var match in Analysis.Matches(index.Lexicon).Of(FaithfulnessVocabulary.UnsettledEvidence))
                    {
                        open[match.Sentence] = true;
                    }

                    unsettled = open;
                }

                return unsettled;
            }
        }
    }

    private bool[]? unsettled;

    /// <summary>Most item lines a list passage reads after its opening sentence.</summary>
    public const int MaxListItems = 12;

    /// <summary>Most words an item line of a list may have.</summary>
    public const int MaxItemWords = 20;

    /// <summary>
    /// By sentence, the sentence after the last item line of the list it opens, or 0 when it opens none; found on first
    /// use. A sentence opens a list when it ends with a colon or an opener ("such as", "include", "including", "the
    /// following") and the next sentences are lines of their own ("esophagitis can also cause symptoms such as" /
    /// "Heartburn" / "Nausea"): read together, the list says what each line alone does not.
    /// </summary>
    /// <remarks>Read for every statement matched, so without the lock once found (the array never changes after).</remarks>
    public int[] ListEnds
    {
        get
        {
            if (Volatile.Read(ref listEnds) is { } found)
            {
                return found;
            }

            lock (gate)
            {
                return listEnds ??= FindListEnds();
            }
        }
    }

    private int[]? listEnds;

    private int[] FindListEnds()
    {
        var ends = new int[SentenceCount];
        var sentences = Analysis.Sentences;
        var text = Analysis.Normalized;
        if (text.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return ends; // one line: no list of lines
        }

        for (var s = 0; s + 2 < sentences.Count; s++)
        {
            if (!OpensList(sentences[s].Text))
            {
                continue;
            }

            var end = s + 1;
            while (end < sentences.Count && end - s <= MaxListItems && LineEndsBefore(text, sentences[end - 1], sentences[end]) &&
                   Analysis.TokenRange(end).GetOffsetAndLength(Analysis.Tokens.Count).Length is > 0 and <= MaxItemWords && !OpensList(sentences[end].Text))
            {
                end++;
            }

            ends[s] = end - s >= 3 ? end : 0; // two item lines at least: one line after an opener is only the next sentence
        }

        return ends;
    }

    /// <summary>
    /// A list whose lead-in denies a finding or advice ("What the evidence does not show:", "There is no proof of the
    /// following:", "Things we don't recommend:") denies each of its item lines: "- That a daily dose is safe" under it is
    /// not a claim that the dose is safe. An item with a negation of its own keeps it, and a lead-in that is a condition
    /// ("If you can't reach the team:") or denies anything else ("Signs you shouldn't ignore:") leaves its items as said.
    /// The items' words are marked negated by a scope whose cue is the lead-in's.
    /// </summary>
    private void DenyListItems(AnswerAnalysis analysis, List<Scope> polar, bool[] negated)
    {
        if (polar.Count == 0 || analysis.Normalized.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return;
        }

        var ends = ListEnds;
        var tokens = analysis.TokenSpan;
        for (var s = 0; s < ends.Length; s++)
        {
            var (leadFirst, leadCount) = analysis.TokenRange(s).GetOffsetAndLength(tokens.Length);
            if (ends[s] == 0 || leadCount == 0 || ScopeCues.ConditionOpeners.Contains(tokens[leadFirst].Term))
            {
                continue;
            }

            // The word test first: only a lead-in that names a finding or advice is searched for a denial.
            var leadLast = leadFirst + leadCount - 1;
            var finding = false;
            for (var t = leadFirst; t <= leadLast && !finding; t++)
            {
                var term = tokens[t].Term;
                finding = ScopeCues.EvidenceNouns.Contains(term) || ScopeCues.StudyNouns.Contains(term) || ScopeCues.FindingVerbs.Contains(term) ||
                    DeniableAdvice.Contains(term);
            }

            var leadStart = tokens[leadFirst].Span.Start;
            var denial = finding ? polar.FindIndex(p => p.Covers(leadLast) && p.Cue.Start >= leadStart) : -1;
            if (denial < 0)
            {
                continue;
            }

            for (var item = s + 1; item < ends[s]; item++)
            {
                var (first, count) = analysis.TokenRange(item).GetOffsetAndLength(tokens.Length);
                var span = analysis.Sentences[item].Span;
                if (count > 0 && !polar.Exists(p => p.Cue.Start >= span.Start && p.Cue.Start < span.End))
                {
                    var scope = new Scope(ScopeKind.Negation, polar[denial].Cue, first, first + count - 1);
                    polar.Add(scope);
                    Mark(negated, scope, tokens.Length);
                }
            }
        }
    }

    /// <summary>
    /// Besides evidence and findings (the scope cues' evidence nouns, study nouns and finding verbs), what a list's
    /// lead-in denies when it denies its items: a truth, support, or advice.
    /// </summary>
    private static readonly HashSet<string> DeniableAdvice = new(StringComparer.Ordinal)
    {
        "prove", "supported", "support", "backed", "true", "recommend", "recommended", "advise", "advised", "advisable", "safe", "suggest", "endorse",
    };

    /// <summary>Whether a line break separates <paramref name="before"/> from <paramref name="after"/>.</summary>
    private static bool LineEndsBefore(string text, Sentence before, Sentence after) =>
        text.AsSpan(before.Span.End, after.Span.Start - before.Span.End).IndexOfAny('\n', '\r') >= 0;

    private static bool OpensList(string sentence)
    {
        var text = sentence.AsSpan().TrimEnd();
        if (text.EndsWith(':'))
        {
            return true;
        }

        foreach (var opener in ListOpeners)
        {
            if (text.EndsWith(opener, StringComparison.OrdinalIgnoreCase) && (text.Length == opener.Length || !char.IsLetter(text[^(opener.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ListOpeners = ["such as", "include", "includes", "including", "the following", "like"];

    /// <summary>Where <paramref name="key"/> occurs (empty when nowhere): word occurrences in text order, then concept mentions.</summary>
    public ReadOnlySpan<(int Sentence, bool Negated)> Find(string key) =>
        index.KeyIds.TryGetValue(key, out var id) ? Occurrences(id)
        : key.StartsWith("s:", StringComparison.Ordinal) ? CollectionsMarshal.AsSpan(OtherStem(key[2..]))
        : []; // every concept of the lexicon has a unit number, so an unknown concept key occurs nowhere

    /// <summary>Where <paramref name="unit"/> occurs, by its unit number when it has one.</summary>
    public ReadOnlySpan<(int Sentence, bool Negated)> Find(in FaithfulnessUnit unit) =>
        unit.Id >= 0 ? Occurrences(unit.Id) : Find(unit.Key);

    private ReadOnlySpan<(int Sentence, bool Negated)> Occurrences(int unit) => occurrences.AsSpan(starts[unit], starts[unit + 1] - starts[unit]);

    [ThreadStatic]
    private static Scratch? scratch;

    public static bool IsIgnored(Token token) =>
        FaithfulnessVocabulary.Ignored.Contains(token.Stem) || FaithfulnessVocabulary.Ignored.Contains(token.Term) ||
        token.Term.EndsWith("n't", StringComparison.Ordinal) || char.IsAsciiDigit(token.Term[0]) ||
        Cue(token.Term);

    private static bool Cue(string term) =>
        term is "not" or "no" or "never" or "none" or "nor" or "neither" or "without" or "cannot" or "may" or "might" or "could";

    /// <summary>Whether a polarity scope covering a match's first word (<paramref name="firstToken"/>) has its cue outside the match (<paramref name="span"/>).</summary>
    private static bool NegatedFromOutside(List<Scope> polar, int firstToken, TextSpan span)
    {
        foreach (var p in polar)
        {
            if (p.Covers(firstToken) && (p.Cue.Start < span.Start || p.Cue.Start >= span.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Harm denied in the safety concept's own words ("won't do any harm", "unlikely to cause problems") is a claim of
    /// safety: the cue belongs to the phrase and denies nothing else in its sentence, so "curcumin won't do any harm with
    /// letrozole" does not deny letrozole. Such scopes leave <paramref name="polar"/> and the per-token flags. (Other
    /// concepts keep their cues: "advise against", "no longer" and "makes no difference" deny what they name.)
    /// </summary>
    private void ConsumeCues(LexiconMatches matches, List<Scope> polar, bool[] negated)
    {
        if (polar.Count == 0 || index.SafetyCategory < 0 || matches.Of(index.SafetyCategory) is not { } safety)
        {
            return;
        }

        var consumed = false;
        for (var i = polar.Count - 1; i >= 0; i--)
        {
            var cue = polar[i].Cue;
            foreach (ref readonly var match in safety.AsSpan())
            {
                if (cue.Start >= match.Span.Start && cue.End < match.Span.End)
                {
                    polar.RemoveAt(i);
                    consumed = true;
                    break;
                }
            }
        }

        if (consumed)
        {
            Array.Clear(negated);
            foreach (var scope in polar)
            {
                Mark(negated, scope, negated.Length);
            }
        }
    }

    private static void Mark(bool[] flags, Scope scope, int length)
    {
        for (var t = scope.FirstToken; t <= scope.LastToken && t < length; t++)
        {
            flags[t] = true;
        }
    }

    /// <summary>
    /// Per sentence, the table rows it gives context to (null where none; null overall when the answer has no table): a
    /// table's first row (its header) and the sentence before the table give context to each of its other rows.
    /// </summary>
    private static List<int>?[]? TableContext(AnswerAnalysis analysis)
    {
        var sentences = analysis.Sentences;
        List<int>?[]? context = null;
        for (var s = 0; s < sentences.Count;)
        {
            if (!IsRow(sentences[s].Text))
            {
                s++;
                continue;
            }

            var header = s;
            var end = s;
            while (end + 1 < sentences.Count && IsRow(sentences[end + 1].Text))
            {
                end++;
            }

            for (var row = header + 1; row <= end; row++)
            {
                context ??= new List<int>?[sentences.Count];
                (context[header] ??= []).Add(row);
                if (header > 0 && !IsRow(sentences[header - 1].Text))
                {
                    (context[header - 1] ??= []).Add(row);
                }
            }

            s = end + 1;
        }

        return context;
    }

    /// <summary>Whether a sentence is a Markdown table row ("| cell | cell |").</summary>
    private static bool IsRow(string sentence) => sentence.AsSpan().TrimStart().StartsWith("|", StringComparison.Ordinal);

    /// <summary>A stem the knowledge base does not know (an inline statement's): read from the tokens once, then kept.</summary>
    private List<(int Sentence, bool Negated)> OtherStem(string stem)
    {
        lock (gate)
        {
            otherStems ??= new Dictionary<string, List<(int Sentence, bool Negated)>>(StringComparer.Ordinal);
            if (!otherStems.TryGetValue(stem, out var list))
            {
                list = [];
                var tokens = Analysis.Tokens;
                for (var t = 0; t < tokens.Count; t++)
                {
                    if (eligible[t] && string.Equals(FaithfulnessVocabulary.StemOf(tokens[t].Term, tokens[t].Stem), stem, StringComparison.Ordinal) && !IsIgnored(tokens[t]))
                    {
                        list.Add((tokens[t].Sentence, negated[t]));
                    }
                }

                for (int i = 0, count = list.Count; i < count && rowContext is not null; i++)
                {
                    foreach (var row in rowContext[list[i].Sentence] ?? [])
                    {
                        list.Add((row, list[i].Negated));
                    }
                }

                otherStems[stem] = list;
            }

            return list;
        }
    }

    /// <summary>Working storage of the constructor, kept per thread (every answer is indexed once).</summary>
    private sealed class Scratch
    {
        private bool[] attributed = new bool[1024];
        private bool[] conditional = new bool[1024];
        private int[] next = new int[1024];

        public List<(int Unit, int Sentence, bool Negated)> Found { get; } = [];

        public List<Scope> Polar { get; } = [];

        public List<(int Unit, int Sentence, bool Negated)> Deferred { get; } = [];

        /// <summary>
        /// Per token, whether it stands in a condition: from "if", "unless" or "whether" to the end of its clause, and on
        /// through clauses that continue it with "or"/"and" ("if you vomit after a dose, or miss one, …").
        /// </summary>
        public bool[] Conditional(ReadOnlySpan<Token> tokens)
        {
            if (conditional.Length < tokens.Length)
            {
                conditional = new bool[Math.Max(tokens.Length, conditional.Length * 2)];
            }

            Array.Clear(conditional, 0, tokens.Length);
            var clause = -1;
            for (var t = 0; t < tokens.Length; t++)
            {
                ref readonly var token = ref tokens[t];
                if (token.Term is "if" or "unless" or "whether")
                {
                    clause = token.Clause;
                }
                else if (clause >= 0 && token.Clause != clause)
                {
                    var continues = token.Clause == clause + 1 && token.Sentence == tokens[t - 1].Sentence && token.Term is "or" or "and";
                    clause = continues ? token.Clause : -1;
                }

                conditional[t] = clause >= 0;
            }

            return conditional;
        }

        /// <summary>Cleared flags for <paramref name="length"/> tokens.</summary>
        public bool[] Attributed(int length)
        {
            if (attributed.Length < length)
            {
                attributed = new bool[Math.Max(length, attributed.Length * 2)];
            }

            Array.Clear(attributed, 0, length);
            return attributed;
        }

        /// <summary>An array of at least <paramref name="length"/> (its contents are overwritten by the caller).</summary>
        public int[] Next(int length)
        {
            if (next.Length < length)
            {
                next = new int[Math.Max(length, next.Length * 2)];
            }

            return next;
        }
    }
}
