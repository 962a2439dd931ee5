using System.Globalization;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Phrase lists the evaluators match against stems, loaded from <c>*.lex</c> files so a safety officer can extend
/// them without recompiling. Several files may add to the same category. Syntax, one phrase a line:
/// <code>
/// [consult]                       # starts a category
/// talk (to|with) * @care-team     # words are stemmed: "talk" also matches "talking", "talked"
/// </code>
/// <c>(a|b c)</c> is a choice, <c>@name</c> is any phrase of category <c>name</c>, <c>*</c> skips up to 3 words and
/// <c>*N</c> up to N; <c>%num</c> is any number; <c>#</c> starts a comment. Phrases match inside one sentence.
/// </summary>
public sealed class PhraseLexicon
{
    private const string ResourcePrefix = "OncoAnswer.Lexicons.";
    private static readonly Lazy<PhraseLexicon> EmbeddedLexicon = new(LoadEmbedded);

    [ThreadStatic]
    private static Scratch? scratch;

    // Phrases by ordinal, compiled to stem numbers; for each, the groups of stem numbers it cannot match without (see
    // PhraseProgram.Needs), so a phrase lacking a needed word in a sentence is never tried in that sentence.
    private readonly CompiledPhrase[] phrases;
    private readonly PhraseProgram program;
    // Per word: its stem number (-1 when no phrase has the stem) times two, plus one when it starts with a digit.
    private readonly WordFacts<int> stemNumbers;
    private readonly string[] categoryNames;
    private readonly Dictionary<string, int> categoryNumbers;
    private readonly Candidate[] candidates;

    // Each phrase's category number, read for every hit: 4 bytes a phrase rather than a 32-byte candidate.
    private readonly int[] phraseCategory;

    // The phrases tried at a token, as entries: those indexed by stem number s are entries[firstStart[s]..firstStart[s + 1]]
    // (one array, not one per stem), the rest in unindexed / unindexedAnyFirst; each in ordinal order.
    private readonly Entry[] entries;
    private readonly int[] firstStart;
    private readonly Entry[] unindexed;
    private readonly Entry[] unindexedAnyFirst;
    private readonly bool[] onDemand;

    // Phrases that are a whole category and nothing else ("@consult"): not matched, but copied from the longest-first
    // match of the category's first phrase (in written order) that matched at the same token, which is what the
    // choice would find. referencePhrase/referenceTarget list them so that a category is complete before it is read
    // (nested references); referencesAfter[c] lists, in that order, those depending on category c, directly or not.
    private readonly int[] referencePhrase;
    private readonly int[] referenceTarget;
    private readonly int[][] referencesAfter;
    private readonly int[] allReferences;
    private readonly int[] triedOrder;

    private PhraseLexicon(string origin, IReadOnlyDictionary<string, IReadOnlyList<CompiledPhrase>> categories, bool reuseReferences = true)
    {
        Origin = origin;
        Categories = categories;
        phrases = categories.Values.SelectMany(p => p).ToArray();
        program = new PhraseProgram(phrases);
        categoryNames = categories.Keys.ToArray();
        categoryNumbers = categoryNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var categoryOf = phraseCategory = phrases.Select(p => categoryNumbers[p.Category]).ToArray();
        stemNumbers = new WordFacts<int>(t => ((program.Vocabulary.TryGetValue(t.Stem, out var id) ? id : -1) << 1) | (char.IsAsciiDigit(t.Term[0]) ? 1 : 0));
        var needs = Enumerable.Range(0, phrases.Length).Select(program.Needs).ToArray();
        var first = new List<int>[program.Vocabulary.Count];
        var rest = new List<int>();
        var startsWithNumberOnly = new bool[phrases.Length];
        onDemand = categoryNames.Select(OnDemandCategories.Contains).ToArray();
        var target = reuseReferences ? WholeReferences(categoryOf) : Enumerable.Repeat(-1, phrases.Length).ToArray();
        triedOrder = new int[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            if (onDemand[categoryOf[i]])
            {
                continue; // matched only where asked (MatchesAt), never in the full pass
            }

            var stems = PhraseProgram.ChoiceStep.First(program.Phrases[i]);

            // At one token the pass tries the phrases indexed by its stem, then the rest, each in ordinal order.
            triedOrder[i] = stems is null ? phrases.Length + i : i;
            if (target[i] >= 0)
            {
                continue; // copied from its category's matches (see ReuseReferences)
            }

            if (stems is null)
            {
                rest.Add(i);
                startsWithNumberOnly[i] = PhraseProgram.StartsWithNumberOnly(program.Phrases[i]);
                continue;
            }

            foreach (var stem in stems.Order())
            {
                (first[stem] ??= []).Add(i);
            }
        }

        (referencePhrase, referenceTarget, referencesAfter) = ReferenceOrder(target, categoryOf);
        allReferences = Enumerable.Range(0, referencePhrase.Length).ToArray();
        candidates = Enumerable.Range(0, phrases.Length).Select(i => new Candidate(program.Phrases[i], Flatten(needs[i]), Signature(needs[i].Where(g => g.Length == 1).Select(g => g[0])), startsWithNumberOnly[i], categoryOf[i], program.Phrases[i].Length > 0 && Array.TrueForAll(program.Phrases[i], s => s.Kind == PhraseProgram.StepKind.Literal))).ToArray();
        firstStart = new int[first.Length + 1];
        for (var s = 0; s < first.Length; s++)
        {
            firstStart[s + 1] = firstStart[s] + (first[s]?.Count ?? 0);
        }

        entries = first.SelectMany((l, stem) => (l ?? []).Select(i => EntryOf(i, stem))).ToArray();
        unindexed = rest.Select(i => EntryOf(i, -1)).ToArray();
        unindexedAnyFirst = rest.Where(i => !startsWithNumberOnly[i]).Select(i => EntryOf(i, -1)).ToArray();
    }

    /// <summary>
    /// What the pass needs of phrase <paramref name="phrase"/> before reading its candidate, tried at tokens with stem
    /// number <paramref name="stem"/> (-1: at any token): a phrase of words only is summarised by all its stems (it
    /// cannot match in a sentence lacking one), any other by the stems it needs singly and those its second token can have.
    /// </summary>
    private Entry EntryOf(int phrase, int stem)
    {
        var candidate = candidates[phrase];
        if (!candidate.Literals)
        {
            return new Entry(phrase, EntryKind.Program, candidate.Signature, Follow(candidate.Steps, stem));
        }

        var steps = candidate.Steps;
        return new Entry(phrase, steps.Length == 1 ? EntryKind.Word : EntryKind.Words, Signature(steps.Select(s => s.Value)), AnyFollow);
    }

    /// <summary>The <see cref="Entry.Follow"/> of a phrase that says nothing about the token after its first.</summary>
    private const ulong AnyFollow = ulong.MaxValue;

    /// <summary>
    /// A summary of the stems the second token of a match of <paramref name="steps"/> can have (bit <c>stem % 64</c>)
    /// when its first token has stem number <paramref name="first"/> (-1: any), if every way through the phrase takes
    /// that token alone and then a word: the first step is a word or a number, or a choice whose options that can start
    /// with the stem each start with a word (then their second token, or the phrase's after a one-word option, is
    /// named). Else <see cref="AnyFollow"/>. A token whose next token is missing, in no phrase, or lacks the bit cannot
    /// start a match, so the matcher is not called there.
    /// </summary>
    private static ulong Follow(PhraseProgram.Step[] steps, int first)
    {
        if (steps.Length == 0)
        {
            return AnyFollow;
        }

        var after = steps[1..];
        switch (steps[0].Kind)
        {
            case PhraseProgram.StepKind.Literal or PhraseProgram.StepKind.Number:
                return Starts(after);
            case PhraseProgram.StepKind.Choice when first >= 0:
                var options = steps[0].Choice!.OptionsFor(first);
                var sum = 0UL;
                foreach (var option in options)
                {
                    var next = option is [{ Kind: PhraseProgram.StepKind.Literal }, ..] ? Starts(option.Length > 1 ? option[1..] : after) : AnyFollow;
                    sum |= next;
                }

                return options.Length == 0 ? AnyFollow : sum;
            default:
                return AnyFollow;
        }
    }

    /// <summary>The summary of the stems a match of <paramref name="steps"/> can start with, or <see cref="AnyFollow"/> when it can start with any token.</summary>
    private static ulong Starts(PhraseProgram.Step[] steps) =>
        steps.Length > 0 && PhraseProgram.ChoiceStep.First(steps) is { } stems ? Signature(stems) : AnyFollow;

    /// <summary>
    /// Categories the evaluators test at one token only ("dangling-end": does a message stop on a word that cannot end
    /// a sentence?). Their phrases are common words that match all over a text, so the full pass leaves them out and
    /// <see cref="MatchesAt"/> matches them where asked; <see cref="LexiconMatches.Of(string)"/> refuses them.
    /// </summary>
    public static IReadOnlySet<string> OnDemandCategories { get; } = new HashSet<string>(StringComparer.Ordinal) { "dangling-end" };

    /// <summary>The same lexicon matching every whole-category reference itself (the plain pass that tests compare with).</summary>
    internal PhraseLexicon WithoutReusedReferences() => new(Origin, Categories, reuseReferences: false);

    /// <summary>For each phrase, the category it is a whole reference to (the phrase is just <c>@name</c>), or -1.</summary>
    private int[] WholeReferences(int[] categoryOf)
    {
        var ordinalOf = new Dictionary<IReadOnlyList<PhraseElement>, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < phrases.Length; i++)
        {
            ordinalOf.TryAdd(phrases[i].Elements, i);
        }

        // "@name" compiles to a choice whose options are the very element lists of name's phrases, all, in order.
        var target = new int[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            target[i] = -1;
            if (phrases[i].Elements is [PhraseElement.Choice { Options: { Count: > 0 } options }] && ordinalOf.TryGetValue(options[0], out var first))
            {
                var c = categoryOf[first];
                var list = Categories[categoryNames[c]];
                var whole = list.Count == options.Count && ReferenceEquals(list[0], phrases[first]) && options.Select((o, k) => ReferenceEquals(o, list[k].Elements)).All(same => same);
                if (whole && !onDemand[c] && !onDemand[categoryOf[i]])
                {
                    target[i] = c;
                }
            }
        }

        return target;
    }

    /// <summary>
    /// The whole-category references in an order that copies a category's matches only after all of them are found
    /// (by the depth of references below the phrase's category, then ordinal), their targets, and for each category
    /// the positions in that order of the references that depend on it, directly or through other references.
    /// </summary>
    private (int[] Phrases, int[] Targets, int[][] After) ReferenceOrder(int[] target, int[] categoryOf)
    {
        var depth = new int[categoryNames.Length];
        Array.Fill(depth, -1);
        int Depth(int c)
        {
            if (depth[c] < 0)
            {
                depth[c] = 0;
                for (var i = 0; i < phrases.Length; i++)
                {
                    if (categoryOf[i] == c && target[i] >= 0)
                    {
                        depth[c] = Math.Max(depth[c], Depth(target[i]) + 1);
                    }
                }
            }

            return depth[c];
        }

        var order = Enumerable.Range(0, phrases.Length).Where(i => target[i] >= 0).OrderBy(i => Depth(categoryOf[i])).ThenBy(i => i).ToArray();
        var after = new SortedSet<int>?[categoryNames.Length];
        SortedSet<int> After(int c)
        {
            if (after[c] is null)
            {
                var set = new SortedSet<int>();
                for (var r = 0; r < order.Length; r++)
                {
                    if (target[order[r]] == c)
                    {
                        set.Add(r);
                        set.UnionWith(After(categoryOf[order[r]]));
                    }
                }

                after[c] = set;
            }

            return after[c]!;
        }

        return (order, order.Select(i => target[i]).ToArray(), Enumerable.Range(0, categoryNames.Length).Select(c => After(c).ToArray()).ToArray());
    }

    /// <summary>Where the lexicon came from (a folder, or "embedded").</summary>
    public string Origin { get; }

    /// <summary>Compiled phrases by category.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<CompiledPhrase>> Categories { get; }

    /// <summary>The category names by category number (the numbering <see cref="LexiconMatches"/> keeps matches by).</summary>
    internal IReadOnlyList<string> NumberedCategories => categoryNames;

    /// <summary>The number of <paramref name="category"/>, for reading its matches as values (<see cref="LexiconMatches.Of(int)"/>).</summary>
    /// <exception cref="ArgumentException">The lexicon has no such category (call <see cref="Require"/> first).</exception>
    /// <exception cref="InvalidOperationException">The category is matched on demand only: the full pass never holds its matches.</exception>
    internal int CategoryNumber(string category) =>
        !categoryNumbers.TryGetValue(category, out var number) ? throw new ArgumentException($"the lexicon has no category [{category}]", nameof(category))
        : onDemand[number] ? throw new InvalidOperationException($"the lexicon category [{category}] is matched on demand only; use PhraseLexicon.MatchesAt.")
        : number;

    /// <summary>The category names, sorted.</summary>
    public IReadOnlyList<string> CategoryNames => Categories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The lexicon shipped inside the harness (a copy of scenarios/lexicons at build time).</summary>
    public static PhraseLexicon Embedded => EmbeddedLexicon.Value;

    /// <summary>Loads every <c>*.lex</c> file of <paramref name="folder"/> (sorted by name); all errors are reported together.</summary>
    public static PhraseLexicon Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new InputException(new SourceLocation(folder, 0, 0), "no such lexicon folder; pass a folder holding *.lex files.");
        }

        var files = Directory.GetFiles(folder, "*.lex").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        return files.Count == 0
            ? throw new InputException(new SourceLocation(folder, 0, 0), "no lexicon files (*.lex) in this folder.")
            : Parse(folder, files);
    }

    /// <summary>Parses lexicon files given as (name, text) pairs; <paramref name="origin"/> names the set.</summary>
    public static PhraseLexicon Parse(string origin, IEnumerable<(string File, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var raw = new Dictionary<string, List<(string Text, SourceLocation At)>>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var (file, text) in files)
        {
            LexiconFileReader.Read(file, text, raw, errors);
        }

        var compiled = new PhraseCompiler(raw, errors).CompileAll();
        return errors.Count > 0 ? throw new InputException(errors) : new PhraseLexicon(origin, compiled);
    }

    /// <summary>Throws an <see cref="InputException"/> naming the lexicon when a category the evaluators need is missing.</summary>
    public void Require(IEnumerable<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var missing = categories.Where(c => !Categories.ContainsKey(c)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(new SourceLocation(Origin, 0, 0), $"the lexicon has no [{string.Join("], [", missing)}] categor{(missing.Count == 1 ? "y" : "ies")}; add {(missing.Count == 1 ? "it" : "them")} (see scenarios/lexicons).");
        }
    }

    /// <summary>The single-word phrases of <paramref name="category"/>, lower-cased as written (for prefix checks).</summary>
    public IReadOnlyList<string> Words(string category) =>
        Categories.TryGetValue(category, out var phrases)
            ? phrases.Where(p => p.Elements.Count == 1 && p.Elements[0] is PhraseElement.Literal).Select(p => p.Text.ToLowerInvariant()).ToList()
            : [];

    /// <summary>Finds every phrase in <paramref name="analysis"/>; use <see cref="AnswerAnalysis.Matches"/>, which caches.</summary>
    internal LexiconMatches Find(AnswerAnalysis analysis)
    {
        var tokens = analysis.TokenSpan;
        var work = scratch ??= new Scratch();
        work.Prepare(tokens.Length, program.Vocabulary.Count, phrases.Length);
        var ids = work.Ids;
        var numbers = work.Numbers;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            var fact = stemNumbers.Of(token);
            ids[t] = fact >> 1;
            numbers[t] = (fact & 1) != 0;
        }

        try
        {
            FindAll(analysis, work);
        }
        catch
        {
            work.Reset(); // leave the per-thread arrays clean for the next answer
            throw;
        }

        // Group the hits by category keeping their order (a stable counting sort), then sort each category's that are
        // out of text order: the same order, and the same sort on the same sequence, as one list per category.
        var found = work.Hits;
        var count = work.HitCount;
        var starts = new int[categoryNames.Length + 1];
        for (var k = 0; k < count; k++)
        {
            starts[phraseCategory[found[k].Phrase] + 1]++;
        }

        for (var c = 1; c < starts.Length; c++)
        {
            starts[c] += starts[c - 1];
        }

        var hits = new PhraseHit[count];
        var next = work.Next(starts);
        for (var k = 0; k < count; k++)
        {
            hits[next[phraseCategory[found[k].Phrase]]++] = found[k];
        }

        for (var c = 0; c < categoryNames.Length; c++)
        {
            var range = hits.AsSpan(starts[c], starts[c + 1] - starts[c]);
            if (!InOrder(range))
            {
                range.Sort(LongestFirstHit);
            }
        }

        return new LexiconMatches(categoryNumbers, categoryNames, onDemand, phrases, hits, starts);
    }

    /// <summary>The matches of <paramref name="category"/>'s phrases that start at token <paramref name="token"/> (inside its sentence), longest first.</summary>
    public IReadOnlyList<PhraseMatch> MatchesAt(AnswerAnalysis analysis, string category, int token)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(category);
        var tokens = analysis.Tokens;
        if (!categoryNumbers.TryGetValue(category, out var number) || token < 0 || token >= tokens.Count)
        {
            return [];
        }

        var sentence = tokens[token].Sentence;
        var (start, length) = analysis.TokenRange(sentence).GetOffsetAndLength(tokens.Count);
        var ids = new int[start + length];
        var numbers = new bool[ids.Length];
        for (var t = start; t < ids.Length; t++)
        {
            var fact = stemNumbers.Of(tokens[t]);
            ids[t] = fact >> 1;
            numbers[t] = (fact & 1) != 0;
        }

        var found = new List<PhraseMatch>();
        var frames = new PhraseProgram.Frames();
        for (var i = 0; i < phrases.Length; i++)
        {
            if (candidates[i].Category == number && PhraseProgram.MatchAt(candidates[i].Steps, ids, numbers, token, ids.Length, frames) is var last && last >= token)
            {
                var span = new TextSpan(tokens[token].Span.Start, tokens[last].Span.End - tokens[token].Span.Start);
                found.Add(new PhraseMatch(phrases[i], token, last, span, sentence));
            }
        }

        found.Sort(LongestFirst);
        return found;
    }

    /// <summary>Text order, the longest of matches starting at the same token first.</summary>
    private static readonly Comparison<PhraseMatch> LongestFirst = (a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.LastToken.CompareTo(a.LastToken);

    /// <summary><see cref="LongestFirst"/> for hits not yet made into matches.</summary>
    private static readonly Comparison<PhraseHit> LongestFirstHit = (a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.LastToken.CompareTo(a.LastToken);

    /// <summary>Whether every hit strictly follows the one before in <see cref="LongestFirst"/> order (then sorting could change nothing).</summary>
    private static bool InOrder(ReadOnlySpan<PhraseHit> list)
    {
        for (var i = 1; i < list.Length; i++)
        {
            if (LongestFirstHit(list[i - 1], list[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private void FindAll(AnswerAnalysis analysis, Scratch work)
    {
        var tokens = analysis.Tokens;
        var ids = work.Ids;
        for (var s = 0; s < analysis.Sentences.Count; s++)
        {
            // Phrases match inside one sentence, so a phrase is tried only where the sentence holds what it needs.
            var (start, length) = analysis.TokenRange(s).GetOffsetAndLength(tokens.Count);
            var end = start + length;
            work.StartSentence(start, end);
            for (var t = start; t < end; t++)
            {
                var mark = work.HitCount;
                if (ids[t] >= 0)
                {
                    TryAll(entries.AsSpan(firstStart[ids[t]], firstStart[ids[t] + 1] - firstStart[ids[t]]), analysis, t, end, s, work);
                }

                // Phrases that must start with a number are tried only at numbers (the rest keep their order).
                var others = work.Numbers[t] ? unindexed : unindexedAnyFirst;
                if (others.Length > 0)
                {
                    TryAll(others, analysis, t, end, s, work);
                }

                if (work.HitCount > mark && referencePhrase.Length > 0)
                {
                    ReuseReferences(t, s, mark, work);
                }
            }

            work.EndSentence(start, end);
        }
    }

    /// <summary>
    /// Adds the matches at token <paramref name="t"/> of the whole-category references whose category matched there
    /// (the hits from <paramref name="mark"/> on), then puts that token's hits in the order the phrases are tried.
    /// </summary>
    private void ReuseReferences(int t, int sentence, int mark, Scratch work)
    {
        var stamp = work.NextToken(categoryNames.Length);
        var seen = work.CategoryStamp;
        var firstHit = work.CategoryHit;
        var only = -1;
        var many = false;
        for (var k = mark; k < work.HitCount; k++)
        {
            var phrase = work.Hits[k].Phrase;
            var c = phraseCategory[phrase];
            if (seen[c] != stamp)
            {
                seen[c] = stamp;
                firstHit[c] = k;
                if (referencesAfter[c].Length > 0)
                {
                    many |= only >= 0;
                    only = only < 0 ? c : only;
                }
            }
            else if (phrase < work.Hits[firstHit[c]].Phrase)
            {
                firstHit[c] = k;
            }
        }

        if (only < 0)
        {
            return;
        }

        var added = work.HitCount;
        foreach (var r in many ? allReferences : referencesAfter[only])
        {
            var x = referenceTarget[r];
            if (seen[x] != stamp)
            {
                continue;
            }

            // The choice tries the category's phrases in written (ordinal) order and keeps the first that matches.
            var source = work.Hits[firstHit[x]];
            var phrase = referencePhrase[r];
            work.Add(new PhraseHit(phrase, t, source.LastToken, source.Span, sentence));
            var y = phraseCategory[phrase];
            if (seen[y] != stamp)
            {
                seen[y] = stamp;
                firstHit[y] = work.HitCount - 1;
            }
            else if (phrase < work.Hits[firstHit[y]].Phrase)
            {
                firstHit[y] = work.HitCount - 1;
            }
        }

        // Insert the copies where trying every phrase would have found them (the token's other hits are in that order).
        var hits = work.Hits;
        for (var k = added; k < work.HitCount; k++)
        {
            var hit = hits[k];
            var j = k;
            for (; j > mark && triedOrder[hits[j - 1].Phrase] > triedOrder[hit.Phrase]; j--)
            {
                hits[j] = hits[j - 1];
            }

            hits[j] = hit;
        }
    }

    private void TryAll(ReadOnlySpan<Entry> tried, AnswerAnalysis analysis, int t, int end, int sentence, Scratch work)
    {
        // Per phrase, in work.State: the sentence stamp it was decided in, times two, plus one when the sentence holds
        // every word it needs. The words it needs singly are first checked against the sentence's 64-bit signature,
        // kept in the entry so that most phrases are passed over without reading their candidate or state.
        var state = work.State;
        var stamp = work.Stamp;
        var signature = work.Signature;
        foreach (ref readonly var entry in tried)
        {
            if ((entry.Signature & ~signature) != 0)
            {
                continue; // the sentence lacks a word the phrase cannot match without
            }

            var i = entry.Phrase;
            if (entry.Kind == EntryKind.Word)
            {
                // One word, indexed by its stem: it matches wherever it is tried.
                work.Add(analysis, i, t, t, sentence);
                continue;
            }

            ref readonly var candidate = ref candidates[i];
            if (entry.Kind == EntryKind.Words)
            {
                // Several words and nothing else: compared in place, no needs check, no matcher.
                var steps = candidate.Steps;
                if (t + steps.Length <= end && SameStems(steps, work.Ids, t))
                {
                    work.Add(analysis, i, t, t + steps.Length - 1, sentence);
                }

                continue;
            }

            if (entry.Follow != AnyFollow && (t + 1 >= end || work.Ids[t + 1] < 0 || (entry.Follow & (1UL << (work.Ids[t + 1] & 63))) == 0))
            {
                continue; // the next token cannot continue a match
            }

            var decided = state[i];
            if (decided >> 1 != stamp)
            {
                var possible = (candidate.Signature & ~work.Signature) == 0 && AllPresent(candidate.Needs, work.Present);
                state[i] = decided = (stamp << 1) | (possible ? 1 : 0);
            }

            if ((decided & 1) == 0 || (candidate.NumberFirst && !work.Numbers[t]))
            {
                continue;
            }

            var last = PhraseProgram.MatchAt(candidate.Steps, work.Ids, work.Numbers, t, end, work.Frames);
            if (last < t)
            {
                continue;
            }

            work.Add(analysis, i, t, last, sentence);
        }
    }

    /// <summary>Whether the tokens from <paramref name="t"/> have the stems of <paramref name="steps"/> (all literals; the first is known to match when indexed by it).</summary>
    private static bool SameStems(PhraseProgram.Step[] steps, int[] ids, int t)
    {
        for (var k = 0; k < steps.Length; k++)
        {
            if (ids[t + k] != steps[k].Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A 64-bit summary of a set of stem numbers (bit <c>stem % 64</c>): a set lacking a bit of another's summary lacks one of its stems.</summary>
    private static ulong Signature(IEnumerable<int> stems) => stems.Aggregate(0UL, (sum, stem) => sum | (1UL << (stem & 63)));

    /// <summary>Whether every group of <paramref name="needs"/> (flattened: a group's size, then its stems) has a stem in the sentence.</summary>
    private static bool AllPresent(int[] needs, bool[] present)
    {
        var i = 0;
        while (i < needs.Length)
        {
            var end = i + 1 + needs[i];
            for (i++; i < end && !present[needs[i]]; i++)
            {
            }

            if (i == end)
            {
                return false;
            }

            i = end;
        }

        return true;
    }

    /// <summary>Groups of stem numbers as one array: each group's size, then its members.</summary>
    private static int[] Flatten(int[][] groups) => groups.SelectMany(g => g.Prepend(g.Length)).ToArray();

    private static PhraseLexicon LoadEmbedded()
    {
        var assembly = typeof(PhraseLexicon).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return ("embedded:" + n[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
        return Parse("embedded", files);
    }

    /// <summary>Formats a phrase's source location.</summary>
    internal static string Where(SourceLocation at) => string.Create(CultureInfo.InvariantCulture, $"{at.File}:{at.Line}");

    /// <summary>How the pass tries a phrase (see <see cref="Entry"/>).</summary>
    private enum EntryKind : byte
    {
        /// <summary>A single word, tried only at tokens with its stem: always a match there.</summary>
        Word,

        /// <summary>Several words and nothing else: compared stem by stem.</summary>
        Words,

        /// <summary>Anything else: the needs check, then the matcher.</summary>
        Program,
    }

    /// <summary>
    /// A phrase as the pass meets it at a token (24 bytes, in a run of its neighbours), with the summary of the stems
    /// it cannot match without, so that a phrase the sentence rules out costs one comparison and no other memory read,
    /// and the summary of the stems its second token can have (see <see cref="Follow"/>).
    /// </summary>
    private readonly record struct Entry(int Phrase, EntryKind Kind, ulong Signature, ulong Follow);

    /// <summary>What matching reads of a phrase, kept together (one cache line per candidate, not five arrays).</summary>
    private readonly record struct Candidate(PhraseProgram.Step[] Steps, int[] Needs, ulong Signature, bool NumberFirst, int Category, bool Literals);

    /// <summary>Per-thread working arrays of <see cref="Find"/>, reused from answer to answer.</summary>
    private sealed class Scratch
    {
        public int[] Ids = [];
        public bool[] Numbers = [];
        public bool[] Present = [];
        public int[] State = [];
        public PhraseProgram.Frames Frames = new();

        /// <summary>The current answer's matches so far, in the order found.</summary>
        public PhraseHit[] Hits = new PhraseHit[256];
        public int HitCount;
        private int[] next = [];

        /// <summary>Per category, the token stamp it last matched at and its lowest-ordinal hit there (see ReuseReferences).</summary>
        public int[] CategoryStamp = [];
        public int[] CategoryHit = [];
        private int tokenStamp;

        /// <summary>A new token stamp, with the per-category arrays sized for <paramref name="categories"/> categories.</summary>
        public int NextToken(int categories)
        {
            if (CategoryStamp.Length < categories || tokenStamp == int.MaxValue)
            {
                CategoryStamp = new int[Math.Max(categories, CategoryStamp.Length)];
                CategoryHit = new int[CategoryStamp.Length];
                tokenStamp = 0;
            }

            return ++tokenStamp;
        }

        /// <summary>Records a match.</summary>
        public void Add(in PhraseHit hit)
        {
            if (HitCount == Hits.Length)
            {
                Array.Resize(ref Hits, Hits.Length * 2);
            }

            Hits[HitCount++] = hit;
        }

        /// <summary>Records a match of phrase <paramref name="phrase"/> over tokens [first, last].</summary>
        public void Add(AnswerAnalysis analysis, int phrase, int first, int last, int sentence)
        {
            var tokens = analysis.TokenSpan;
            var start = tokens[first].Span.Start;
            Add(new PhraseHit(phrase, first, last, new TextSpan(start, tokens[last].Span.End - start), sentence));
        }

        /// <summary>A working copy of the first <c>starts.Length - 1</c> category starts (the next free slot of each category).</summary>
        public int[] Next(int[] starts)
        {
            if (next.Length < starts.Length - 1)
            {
                next = new int[starts.Length - 1];
            }

            Array.Copy(starts, next, starts.Length - 1);
            return next;
        }

        /// <summary>The current sentence's number on this thread (1, 2, …), so phrase states need no clearing.</summary>
        public int Stamp;

        /// <summary>The current sentence's stems, summarised like a phrase's needs.</summary>
        public ulong Signature;

        public void Prepare(int tokens, int vocabulary, int phraseCount)
        {
            if (Ids.Length < tokens)
            {
                Ids = new int[Math.Max(tokens, Ids.Length * 2)];
                Numbers = new bool[Ids.Length];
            }

            if (Present.Length < vocabulary)
            {
                Present = new bool[vocabulary];
            }

            if (State.Length < phraseCount)
            {
                State = new int[phraseCount];
                Stamp = 0;
            }

            HitCount = 0;
        }

        /// <summary>Clears everything (after a failure part-way through an answer).</summary>
        public void Reset()
        {
            Array.Clear(Present);
            Frames.Top = 0;
        }

        /// <summary>Marks the stems of tokens [start, end) present and starts a new stamp.</summary>
        public void StartSentence(int start, int end)
        {
            if (++Stamp >= int.MaxValue >> 1)
            {
                Array.Clear(State);
                Stamp = 1;
            }

            Signature = 0;
            for (var t = start; t < end; t++)
            {
                if (Ids[t] >= 0)
                {
                    Present[Ids[t]] = true;
                    Signature |= 1UL << (Ids[t] & 63);
                }
            }
        }

        /// <summary>Unmarks them.</summary>
        public void EndSentence(int start, int end)
        {
            for (var t = start; t < end; t++)
            {
                if (Ids[t] >= 0)
                {
                    Present[Ids[t]] = false;
                }
            }
        }
    }
}
