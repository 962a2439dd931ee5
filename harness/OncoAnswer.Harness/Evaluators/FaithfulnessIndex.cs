using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// The knowledge base compiled for statement matching, once per (knowledge base, lexicon): every statement's units
/// weighted by how rare they are across the knowledge base (inverse document frequency), with key-term hints weighing
/// more. Answers are indexed once each and shared by the faithfulness and rubric evaluators.
/// </summary>
internal sealed class FaithfulnessIndex
{
    private const double KeyTermBoost = 1.5;
    private const int MaxUnits = 64;
    private static readonly ConditionalWeakTable<KnowledgeBase, ConditionalWeakTable<PhraseLexicon, FaithfulnessIndex>> Cache = [];

    private readonly ConcurrentDictionary<string, FaithfulnessStatement> statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly int documents;
    private readonly ConcurrentDictionary<string, HashSet<string>> sourceStems = new(StringComparer.Ordinal);
    private HashSet<string>? supportedTreatments;
    private List<FaithfulnessStatement>? checkable;

    private FaithfulnessIndex(KnowledgeBase knowledgeBase, PhraseLexicon lexicon)
    {
        KnowledgeBase = knowledgeBase;
        Lexicon = lexicon;
        var raw = knowledgeBase.Statements.Select(s => (s, FaithfulnessStatement.RawUnits(StatementAliases.Split(s.Text, []), lexicon))).ToList();
        // Word rarity comes from the knowledge base proper: statements a score file writes inline ("ID#must_have-1") are
        // left out, so one answer's verdicts do not depend on which other answers share its file.
        var counted = raw.Where(r => !IsInline(r.s)).ToList();
        counted = counted.Count > 0 ? counted : raw;
        documents = counted.Count;
        foreach (var key in counted.SelectMany(r => r.Item2.Select(u => u.Key).Distinct()))
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }

        foreach (var (statement, units) in raw)
        {
            statements[statement.Id] = Compile(statement, units);
        }

        // Number every unit the knowledge base names (statements, hint synonyms) and every concept of the lexicon, so
        // an answer is indexed by unit number and matching looks units up in an array.
        var keys = statements.Values.OrderBy(s => s.Statement.Id, StringComparer.Ordinal)
            .SelectMany(s => s.Units.Select(u => u.Key).Concat(s.Synonyms.SelectMany(k => k.Select(u => u.Key))).Concat(s.Aliases.Select(a => a.Alias.Key)))
            .Concat(lexicon.CategoryNames.Where(FaithfulnessVocabulary.IsConcept).Select(c => "c:" + FaithfulnessVocabulary.Concept(c).Concept))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        KeyIds = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        StemIds = KeyIds.Where(p => p.Key.StartsWith("s:", StringComparison.Ordinal)).ToDictionary(p => p.Key[2..], p => p.Value, StringComparer.Ordinal);
        ConceptIds = KeyIds.Where(p => p.Key.StartsWith("c:", StringComparison.Ordinal)).ToDictionary(p => p.Key[2..], p => p.Value, StringComparer.Ordinal);
        foreach (var id in statements.Keys.ToList())
        {
            statements[id] = statements[id].WithUnitIds(KeyIds);
        }

        ConceptUnits = lexicon.NumberedCategories
            .Select(c => FaithfulnessVocabulary.IsConcept(c) && FaithfulnessVocabulary.Concept(c) is var (concept, opposite) && ConceptIds.TryGetValue(concept, out var unit) ? (unit, opposite) : (-1, false))
            .ToArray();
        OppositeCategories = ConceptUnits
            .Select((c, i) => c.Unit < 0 ? -1 : Array.FindIndex(ConceptUnits, o => o.Unit == c.Unit && o.Opposite != c.Opposite))
            .ToArray();
        SafetyCategory = lexicon.Categories.ContainsKey("term-safe") ? lexicon.CategoryNumber("term-safe") : -1;
        ContentUnit = new WordFacts<int>(t => StemIds.TryGetValue(FaithfulnessVocabulary.StemOf(t.Term, t.Stem), out var unit) && !FaithfulnessAnswer.IsIgnored(t) ? unit : -1);
    }

    /// <summary>The lexicon's number of the safety concept ("term-safe"), whose phrases may deny harm in their own words; -1 if none.</summary>
    public int SafetyCategory { get; }

    /// <summary>The unit number of a word's stem when the knowledge base names it and the word carries content; else -1.</summary>
    public WordFacts<int> ContentUnit { get; }

    /// <summary>
    /// By lexicon category number: the unit number of the concept the category stands for and whether it names the
    /// concept's opposite ("anti-term-…"); -1 for a category that is no concept.
    /// </summary>
    public (int Unit, bool Opposite)[] ConceptUnits { get; }

    /// <summary>By lexicon category number: the number of the category naming the same concept's opposite ("anti-term-urgent" for "term-urgent"); -1 when none.</summary>
    public int[] OppositeCategories { get; }

    /// <summary>Unit key ("s:stem", "c:concept") → unit number, for every unit the knowledge base names and every lexicon concept.</summary>
    public IReadOnlyDictionary<string, int> KeyIds { get; }

    /// <summary>Stem → unit number (the "s:" keys of <see cref="KeyIds"/>).</summary>
    public Dictionary<string, int> StemIds { get; }

    /// <summary>Concept → unit number (the "c:" keys of <see cref="KeyIds"/>).</summary>
    public Dictionary<string, int> ConceptIds { get; }

    public KnowledgeBase KnowledgeBase { get; }

    public PhraseLexicon Lexicon { get; }

    /// <summary>The index for a knowledge base and lexicon, built on first use.</summary>
    public static FaithfulnessIndex For(KnowledgeBase knowledgeBase, PhraseLexicon lexicon) =>
        Cache.GetValue(knowledgeBase, _ => []).GetValue(lexicon, l => new FaithfulnessIndex(knowledgeBase, l));

    /// <summary>The compiled statement with <paramref name="id"/>, or null when the knowledge base has none.</summary>
    public FaithfulnessStatement? Statement(string id) => statements.TryGetValue(id, out var s) ? s : null;

    /// <summary>A statement written inline (not in the knowledge base), compiled once per text.</summary>
    public FaithfulnessStatement Inline(GuidelineStatement statement) =>
        statements.GetOrAdd("inline\u0000" + statement.Text, _ => Compile(statement, FaithfulnessStatement.RawUnits(StatementAliases.Split(statement.Text, []), Lexicon)).WithUnitIds(KeyIds));

    /// <summary>Whether a statement was written inline for one answer (its id is "ANSWER-ID#must_have-N"; knowledge-base ids have no '#').</summary>
    private static bool IsInline(GuidelineStatement statement) => statement.Id.Contains('#', StringComparison.Ordinal);

    /// <summary>
    /// The unit keys (concepts and content stems) a patient's message names, its questions included (an answer's index
    /// leaves questions out), computed once per message text: a scenario's messages are read again for every answer
    /// scored against it (each generator of a run, each mutation of <c>oncoanswer mutate</c>, each side of a comparison).
    /// </summary>
    public IReadOnlySet<string> MessageKeys(AnswerAnalysis message) =>
        message.Attached(messageKeys, m =>
        {
            if (messageKeysByText.TryGetValue(m.Text, out var known))
            {
                return known;
            }

            var keys = FaithfulnessStatement.RawUnits(m.Text, Lexicon).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            // Bounded: a scoring input of many one-off questions (a validation set) must not grow it without end.
            if (messageKeysByText.Count < MessageKeysKept)
            {
                messageKeysByText.TryAdd(m.Text, keys);
            }

            return keys;
        });

    private const int MessageKeysKept = 4096;
    private readonly object messageKeys = new();
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> messageKeysByText = new(StringComparer.Ordinal);

    /// <summary>The answer index, built once per analysis.</summary>
    public FaithfulnessAnswer Answer(AnswerAnalysis analysis) => analysis.Attached(this, a => new FaithfulnessAnswer(a, this));

    /// <summary>Guideline facts (not "conduct" statements) checked for reversed restatements in every answer.</summary>
    public IReadOnlyList<FaithfulnessStatement> Checkable => checkable ??= KnowledgeBase.Statements
        .Where(s => s.Kind == StatementKind.Guideline && !s.Tags.Contains("conduct") && !IsInline(s))
        .Select(s => statements[s.Id])
        .Where(s => s.Units.Length > 0)
        .ToList();

    /// <summary>First stems of the sources named in a statement's source (title and section), computed once per statement.</summary>
    public IReadOnlySet<string> SourceStems(string id) => sourceStems.GetOrAdd(id, key =>
    {
        if (!KnowledgeBase.TryGet(key, out var statement))
        {
            return [];
        }

        var analysis = AnswerAnalysis.Of(statement.Source.Title + " " + statement.Source.Section);
        return analysis.Matches(Lexicon).Of("cited-source").Select(m => analysis.Tokens[m.FirstToken].Stem).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>The treatment concepts (rx-…) some guideline statement names without negating them.</summary>
    public IReadOnlySet<string> SupportedTreatments => supportedTreatments ??= KnowledgeBase.Statements
        .Where(s => s.Kind == StatementKind.Guideline)
        .SelectMany(s => statements[s.Id].Units)
        .Where(u => !u.Negated && u.Key.StartsWith("c:" + FaithfulnessVocabulary.TreatmentPrefix, StringComparison.Ordinal))
        .Select(u => u.Key[2..])
        .ToHashSet(StringComparer.Ordinal);

    private FaithfulnessStatement Compile(GuidelineStatement statement, List<RawUnit> raw)
    {
        // A key term marks the statement units it names: by concept or word, else by a shared stem; one naming nothing there is added.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var termKeys = new List<HashSet<string>>();
        foreach (var term in statement.KeyTerms)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in FaithfulnessStatement.RawUnits(term, Lexicon))
            {
                var same = raw.Where(u => u.Key == unit.Key).ToList();
                var hits = same.Count > 0 ? same : raw.Where(u => u.Stems.Overlaps(unit.Stems)).ToList();
                if (hits.Count == 0)
                {
                    raw.Add(unit);
                    hits.Add(unit);
                }

                named.UnionWith(hits.Select(u => u.Key));
            }

            if (named.Count > 0)
            {
                termKeys.Add(named);
                keys.UnionWith(named);
            }
        }

        var units = raw.Take(MaxUnits)
            .Select(u => new FaithfulnessUnit(u.Key, Weight(u.Key) * (keys.Contains(u.Key) ? KeyTermBoost : 1), u.Negated, keys.Contains(u.Key)))
            .ToArray();
        var keyMasks = termKeys.Select(named => units.Select((u, i) => named.Contains(u.Key) ? 1UL << i : 0).Aggregate(0UL, (a, b) => a | b)).Where(m => m != 0).ToArray();
        var aliases = new List<(string Alias, string Word)>();
        StatementAliases.Split(statement.Text, aliases);
        var aliasUnits = new List<(int Unit, FaithfulnessUnit Alias)>();
        foreach (var (alias, word) in aliases)
        {
            var stem = AnswerAnalysis.Of(word).Tokens is { Count: > 0 } words ? words[^1].Stem : "";
            var target = Array.FindIndex(units, u => raw.Find(r => r.Key == u.Key)?.Stems.Contains(stem) == true);
            if (target >= 0)
            {
                aliasUnits.AddRange(FaithfulnessStatement.RawUnits(alias, Lexicon).Where(u => u.Key != units[target].Key)
                    .Select(u => (target, new FaithfulnessUnit(u.Key, 0, units[target].Negated, false))));
            }
        }

        var synonyms = statement.Synonyms
            .Select(s => FaithfulnessStatement.RawUnits(s, Lexicon).Select(u => new FaithfulnessUnit(u.Key, 0, u.Negated, false)).ToArray())
            .Where(s => s.Length > 0)
            .ToArray();
        // The claim's verdict words: concepts with an opposite, and the verb that makes the claim ("work" in "… work in
        // KRAS-mutant cancer"), whose denial denies the claim however light it weighs beside the topic.
        // The units (as a bit mask) for which the test holds, by unit index.
        ulong MaskOf(Func<int, bool> holds) => Enumerable.Range(0, units.Length).Where(holds).Aggregate(0UL, (mask, i) => mask | (1UL << i));
        var polar = MaskOf(i => IsPolar(units[i].Key) || raw[i].Head || (raw[i].PassiveHead && statement.Kind == StatementKind.Guideline) ||
            (raw[i].ComplementHead && statement.Kind != StatementKind.Guideline));
        // A verdict concept stays out of the subject: "urgent assessment …" is reversed by an assessment that "can wait".
        var subject = MaskOf(i => raw[i].Subject && !units[i].Negated && !IsPolar(units[i].Key));
        // A fact's condition, kept only where the fact says something besides it and its subject.
        var condition = MaskOf(i => raw[i].Condition);
        var all = units.Length >= 64 ? ulong.MaxValue : (1UL << units.Length) - 1;
        condition = statement.Kind == StatementKind.Guideline && (all & ~condition & ~subject) != 0 ? condition : 0;
        // A fact's lists (of at least two items with words of their own): physicians read "… include A, B and C" as
        // conveyed by an answer that names the rest and some of the items.
        var lists = statement.Kind != StatementKind.Guideline
            ? []
            : Enumerable.Range(0, units.Length).Where(i => raw[i].List >= 0)
                .GroupBy(i => raw[i].List)
                .Where(items => items.Select(i => raw[i].Item).Distinct().Count() >= 2)
                .Select(items => MaskOf(items.Contains))
                .ToArray();
        // A fact that says its evidence is unsettled, and says of what (some unit stands outside those words).
        var unsettled = statement.Kind != StatementKind.Guideline ? 0UL : MaskOf(i => raw[i].Unsettled);
        unsettled = (all & ~unsettled) != 0 ? unsettled : 0;
        // The statement's text is analysed once here for its numbers, spans of time and absolute words.
        var text = AnswerAnalysis.Of(statement.Text);
        // Its amounts and spans of time must be given to convey it, unless its author named the key terms that must be.
        var quantities = FaithfulnessStatement.QuantitiesOf(text);
        var measured = keyMasks.Length == 0 && (FaithfulnessMatcher.AnyMeasure(quantities.Keys) || quantities.Keys.Any(QuantityFinder.TimeUnits.Contains));
        return new FaithfulnessStatement(statement, units, synonyms, quantities) { MeasuresRequired = measured, MeasureBounds = FaithfulnessMatcher.MeasureBoundsOf(text), TimeSpans = FaithfulnessMatcher.TimeSpansOf(text), KeyTerms = keyMasks, PolarMask = polar, SubjectMask = subject, Aliases = [.. aliasUnits], Absolute = text.Tokens.Any(t => FaithfulnessVocabulary.Absolutes.Contains(t.Term)) || (text.Tokens.Count > 0 && text.Tokens[0].Term == "any"), Exclusive = text.Tokens.Any(t => FaithfulnessVocabulary.Exclusives.Contains(t.Term)), ConditionMask = condition, ListGroups = lists, UnsettledMask = unsettled, HeadMask = MaskOf(i => raw[i].Head || raw[i].PassiveHead || raw[i].ComplementHead) };
    }

    /// <summary>A concept the lexicon lists an opposite of ("c:term-improve" with [anti-term-improve]).</summary>
    private bool IsPolar(string key) =>
        key.StartsWith("c:", StringComparison.Ordinal) && Lexicon.Categories.ContainsKey(FaithfulnessVocabulary.OppositePrefix + key[2..]);

    private double Weight(string key) => Math.Log((documents + 1.0) / Math.Max(1, documentFrequency.GetValueOrDefault(key))) + 0.5;
}
