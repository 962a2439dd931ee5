using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// A statement compiled once per knowledge base: its units (concepts and content stems with weights and polarity),
/// its hint synonyms (each a set of unit keys) and its quantities by unit ("mg" → 600, 400, 200).
/// </summary>
internal sealed class FaithfulnessStatement
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PhraseLexicon, System.Collections.Concurrent.ConcurrentDictionary<string, double>> Breadths = [];

    public FaithfulnessStatement(GuidelineStatement statement, FaithfulnessUnit[] units, FaithfulnessUnit[][] synonyms, IReadOnlyDictionary<string, HashSet<double>> quantities)
    {
        Statement = statement;
        Units = units;
        Synonyms = synonyms;
        Quantities = quantities;
        TotalWeight = units.Sum(u => u.Weight);
        KeyWeight = units.Where(u => u.IsKey).Sum(u => u.Weight);
        RarestUnit = units.Length == 0 ? null : units.MaxBy(u => u.Weight);
        Core = units.Length == 0 ? 0 : CoreOf(units, rarerWord: statement.Kind == StatementKind.Guideline, polar: 0);
        Weights = units.Select(u => u.Weight).ToArray();
        HasMeasures = FaithfulnessMatcher.AnyMeasure(quantities.Keys) || quantities.Keys.Any(QuantityFinder.TimeUnits.Contains);
        // Sums of the heaviest weights, heaviest first (as a descending sort then a running sum would add them).
        var sorted = Weights.OrderDescending().ToArray();
        HeaviestSums = new double[sorted.Length + 1];
        for (var i = 0; i < sorted.Length; i++)
        {
            HeaviestSums[i + 1] = HeaviestSums[i] + sorted[i];
        }

        WeightSum = Weights.Sum();
        for (var i = 0; i < units.Length; i++)
        {
            KeyMask |= units[i].IsKey ? 1UL << i : 0;
            NegatedMask |= units[i].Negated ? 1UL << i : 0;
            ConceptMask |= units[i].Key.StartsWith("c:", StringComparison.Ordinal) ? 1UL << i : 0;
            TreatmentMask |= units[i].Key.StartsWith("c:" + FaithfulnessVocabulary.TreatmentPrefix, StringComparison.Ordinal) ? 1UL << i : 0;
        }
    }

    /// <summary>
    /// The units that name the unit of one of <see cref="TimeSpans"/> ("weeks" in "4–6 weeks", not "months" in "aged
    /// 6 months"), as a bit mask over <see cref="Units"/>.
    /// </summary>
    public ulong TimeUnitMask { get; private set; }

    /// <summary>
    /// The units that say when the statement's span of time falls, where it says when something is due: its scheduling
    /// words ("due", "needed", "until", "later"), the span's number in words and the span's unit. A passage that gives the
    /// same span for the same thing says them all: "Check scope: 2 years after the operation" schedules what "the first
    /// check scope isn't needed until 2 years after the operation" does.
    /// </summary>
    public ulong ScheduleMask { get; private set; }

    private static readonly HashSet<string> NumberWordKeys = new(
        new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve" }.Select(w => "s:" + EnglishStems.StemsOf(w)[0]),
        StringComparer.Ordinal);

    private static readonly HashSet<string> ScheduleKeys = new(
        ScopeCues.Scheduled.Concat(["until", "till", "later"]).Select(w => "s:" + EnglishStems.StemsOf(w)[0]).Append("c:term-needed").Concat(NumberWordKeys),
        StringComparer.Ordinal);

    private ulong NumberWordMask()
    {
        var mask = 0UL;
        for (var i = 0; i < Units.Length; i++)
        {
            mask |= NumberWordKeys.Contains(Units[i].Key) ? 1UL << i : 0;
        }

        return mask;
    }

    private static string? TimeUnitOf(string key) => key switch
    {
        "s:minut" => "minute", "s:hour" => "hour", "s:dai" => "day", "s:week" => "week", "s:month" => "month", "s:year" => "year", _ => null,
    };

    public GuidelineStatement Statement { get; }

    /// <summary>
    /// The units the patient's messages name, as a bit mask over <see cref="Units"/> (0 outside a conversation): the
    /// message's topic, which an answer to it names whatever it claims. An unsafe claim is told apart by what it adds
    /// to that topic ("effective" in "mistletoe is an effective treatment in pancreatic cancer", asked about mistletoe in pancreatic cancer).
    /// </summary>
    public ulong GivenMask { get; private init; }

    /// <summary>
    /// Read against the patient's messages, the bits of a fact's rarest units the messages do not name (0 for an unsafe
    /// claim, one with key terms, or outside a conversation): a passage conveys the fact only where it says one of them.
    /// </summary>
    public ulong NewsMask { get; private init; }

    /// <summary>All units, as a bit mask over <see cref="Units"/>.</summary>
    public ulong AllMask => Units.Length >= 64 ? ulong.MaxValue : (1UL << Units.Length) - 1;

    /// <summary>The same statement read against messages that name the units in <paramref name="mask"/>.</summary>
    public FaithfulnessStatement WithGiven(ulong mask) => mask == GivenMask
        ? this
        : readings.GetOrAdd(mask, m => new FaithfulnessStatement(Statement, Units, Synonyms, Quantities)
        {
            KeyTerms = KeyTerms, PolarMask = PolarMask, SubjectMask = SubjectMask, Aliases = Aliases, Absolute = Absolute, Exclusive = Exclusive, ConditionMask = ConditionMask, ListGroups = ListGroups, UnsettledMask = UnsettledMask, HeadMask = HeadMask, MeasuresRequired = MeasuresRequired, MeasureBounds = MeasureBounds, TimeSpans = TimeSpans, GivenMask = m,
            // A conditional fact adds what holds under its condition: its news is told outside the condition where it can be.
            NewsMask = Statement.Kind == StatementKind.Guideline && KeyTerms.Length == 0 && (AllMask & ~m) is var told and not 0
                ? WithLists(FaithfulnessMatcher.RarestOf(Weights, (told & ~ConditionMask) is not 0 and var main ? main : told))
                : 0,
        });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, FaithfulnessStatement> readings = new();

    /// <summary>The units in <paramref name="mask"/> and every item of a list one of them is an item of: any item names what the list adds.</summary>
    private ulong WithLists(ulong mask)
    {
        foreach (var list in ListGroups)
        {
            mask |= (mask & list) != 0 ? list : 0;
        }

        return mask;
    }

    /// <summary>At most 64 units (the matcher keeps them in bit masks); statements are one sentence.</summary>
    public FaithfulnessUnit[] Units { get; }

    /// <summary>The units' weights, by unit (read in the matcher's inner loops).</summary>
    public double[] Weights { get; }

    /// <summary>The key units, as a bit mask over <see cref="Units"/>.</summary>
    public ulong KeyMask { get; }

    /// <summary>The concept units ("c:…"), as a bit mask over <see cref="Units"/>.</summary>
    public ulong ConceptMask { get; }

    /// <summary>The treatment concept units ("c:rx-…"), as a bit mask over <see cref="Units"/>.</summary>
    public ulong TreatmentMask { get; }

    /// <summary>The units the statement negates, as a bit mask over <see cref="Units"/>.</summary>
    public ulong NegatedMask { get; }

    /// <summary>Hint synonyms, each a set of units (key and polarity; no weight).</summary>
    public FaithfulnessUnit[][] Synonyms { get; }

    public IReadOnlyDictionary<string, HashSet<double>> Quantities { get; }

    /// <summary>The amounts the statement bounds ("under 5 mm"), each with its bound (-1 at most, +1 at least).</summary>
    public (string Unit, double Value, int Bound)[] MeasureBounds { get; init; } = [];

    /// <summary>Whether a passage must give a number of the statement's kind to convey it: it gives an amount or a span of time, and no key terms of its author's say what must be conveyed instead.</summary>
    public bool MeasuresRequired { get; init; }

    /// <summary>Whether the statement gives a number in a unit whose numbers must agree (mg, %, …) or a span of time: only then can an answer's number conflict.</summary>
    public bool HasMeasures { get; }

    /// <summary>The spans of time the statement gives, in days with their unit ("every 2 years", "6–12 weeks"), shortest first, each with its bound and whether it is a floor to keep ("at least 4 hours apart").</summary>
    public (double Days, string Unit, string Text, int Bound, bool Floor)[] TimeSpans
    {
        get => timeSpans;
        init
        {
            timeSpans = value;
            TimeUnitMask = 0;
            ScheduleMask = 0;
            for (var i = 0; i < Units.Length; i++)
            {
                TimeUnitMask |= TimeUnitOf(Units[i].Key) is { } unit && Array.Exists(value, t => t.Unit == unit) ? 1UL << i : 0;
                ScheduleMask |= ScheduleKeys.Contains(Units[i].Key) ? 1UL << i : 0;
            }

            // Only a statement that says when something is due ("… isn't needed until five years later") has a schedule.
            ScheduleMask = value.Length > 0 && (ScheduleMask & ~NumberWordMask()) != 0 ? ScheduleMask | TimeUnitMask : 0;
        }
    }

    private readonly (double Days, string Unit, string Text, int Bound, bool Floor)[] timeSpans = [];

    /// <summary>Entry k: the sum of the k heaviest unit weights, added heaviest first.</summary>
    public double[] HeaviestSums { get; }

    /// <summary>The sum of <see cref="Weights"/> in unit order.</summary>
    public double WeightSum { get; }

    public double TotalWeight { get; }

    public double KeyWeight { get; }

    /// <summary>The statement's heaviest unit (null when it has none): a near-verbatim restatement must name it.</summary>
    public FaithfulnessUnit? RarestUnit { get; }

    /// <summary>
    /// Without key-term hints, the statement's core, as bits over <see cref="Units"/>: its rarest concept (a treatment or
    /// clinical idea such as "cure"), and its rarest word too when that word is rarer still (a drug the lexicon does not
    /// know: "osimertinib is not used first-line" speaks of "osimertinib is a preferred first-line treatment" without
    /// saying "treatment"). A passage must carry one of them to entail or contradict the statement. An unsafe claim keeps its concept alone: its rare words
    /// are mostly the question's topic ("paracetamol", "oxaliplatin"), which an answer names whatever it claims.
    /// </summary>
    public ulong Core { get; private set; }

    /// <summary>
    /// Whether the statement is absolute ("… <u>always</u> grows back <u>completely</u>", "<u>Any</u> mass over 4 cm is …"): as an unsafe claim, a sentence that
    /// hedges ("generally grows back") does not make it.
    /// </summary>
    public bool Absolute { get; init; }

    /// <summary>
    /// Whether the statement is exclusive ("allergic reactions <u>only</u> happen during the infusion"): as an unsafe
    /// claim, a sentence that restricts nothing ("they can happen during the infusion") does not make it.
    /// </summary>
    public bool Exclusive { get; init; }

    /// <summary>
    /// The units that stand only in the statement's condition ("if the rash spreads"), as a bit mask over
    /// <see cref="Units"/>; 0 unless something stands outside it. A fact is what holds under the condition: a passage
    /// conveys it only where it says some of that too ("seek medical attention", not just the rash).
    /// </summary>
    public ulong ConditionMask { get; init; }

    /// <summary>
    /// The items' own units of each list in a fact ("flushes", "joint pain", "tiredness" in "side effects include hot
    /// flushes, joint pain and tiredness"), one bit mask over <see cref="Units"/> per list: a passage conveys a
    /// list by naming some of its items (see <see cref="FaithfulnessMatcher"/>).
    /// </summary>
    public ulong[] ListGroups
    {
        get => listGroups;
        init
        {
            listGroups = value;
            ListedMask = value.Aggregate(0UL, (all, list) => all | list);
            Core = Units.Length == 0 ? 0 : CoreOf(Units, rarerWord: Statement.Kind == StatementKind.Guideline, PolarMask, ListedMask);
        }
    }

    private readonly ulong[] listGroups = [];

    /// <summary>The units of all the lists together (set with <see cref="ListGroups"/>), as a bit mask over <see cref="Units"/>.</summary>
    public ulong ListedMask { get; private init; }

    /// <summary>
    /// The units of a fact's words that say its evidence is unsettled ("there is insufficient data regarding X as a
    /// treatment for Y"), as a bit mask over <see cref="Units"/>; 0 when it says no such thing. A sentence that states
    /// the rest as settled, without a hedge ("X is used to treat Y"), contradicts the fact.
    /// </summary>
    public ulong UnsettledMask { get; init; }

    /// <summary>
    /// The units of the word that makes the claim (its verb, passive participle or copula complement: "given" in "… should
    /// be given with the hormone tablets to lower the risk"), as a bit mask over <see cref="Units"/>; 0 when none is told apart.
    /// </summary>
    public ulong HeadMask { get; init; }

    /// <summary>Per key-term hint, the units it names (as a bit mask over <see cref="Units"/>).</summary>
    public ulong[] KeyTerms { get; init; } = [];

    /// <summary>
    /// The units that carry the statement's verdict (concepts the lexicon knows an opposite of: improve/worsen,
    /// safe/dangerous, urgent/can wait), as a bit mask over <see cref="Units"/>: reversing them reverses the claim,
    /// however light they weigh beside its topic.
    /// </summary>
    public ulong PolarMask
    {
        get => polarMask;
        init
        {
            polarMask = value;
            Core = Units.Length == 0 ? 0 : CoreOf(Units, rarerWord: Statement.Kind == StatementKind.Guideline, value, ListedMask);
        }
    }

    private readonly ulong polarMask;

    /// <summary>
    /// Other names the statement gives in brackets ("loratadine (Claritin)"): each the unit it renames (an index into
    /// <see cref="Units"/>) and a unit of the name; an answer naming either conveys the unit.
    /// </summary>
    public (int Unit, FaithfulnessUnit Alias)[] Aliases { get; init; } = [];

    /// <summary>
    /// The asserted units of the statement's subject (before its first verb), as a bit mask over <see cref="Units"/>. An
    /// answer that negates one of them negates an action on it ("Claritin and Piriton should not be taken together"),
    /// not what the statement says of it ("Claritin is an antihistamine"): the mention counts, its negation does not.
    /// </summary>
    public ulong SubjectMask { get; init; }

    private static ulong CoreOf(FaithfulnessUnit[] units, bool rarerWord, ulong polar, ulong listed = 0)
    {
        // A verdict concept ("preferred", "safe") says what is claimed, not what it is claimed of: it is the core only
        // where the statement has no other concept. The items of a list are what is said of the topic, not the topic.
        var concepts = Enumerable.Range(0, units.Length).Where(i => units[i].Key.StartsWith("c:", StringComparison.Ordinal)).ToList();
        if (concepts.Any(i => (polar & (1UL << i)) == 0))
        {
            concepts.RemoveAll(i => (polar & (1UL << i)) != 0);
        }

        if (concepts.Any(i => (listed & (1UL << i)) == 0))
        {
            concepts.RemoveAll(i => (listed & (1UL << i)) != 0);
        }

        var words = Enumerable.Range(0, units.Length).Where(i => !units[i].Key.StartsWith("c:", StringComparison.Ordinal)).ToList();
        if (words.Any(i => (listed & (1UL << i)) == 0))
        {
            words.RemoveAll(i => (listed & (1UL << i)) != 0);
        }

        if (concepts.Count == 0)
        {
            // For a fact, words the knowledge base never uses tie as the rarest: any of them will do ("burst" as well as
            // "friction" in "friction blisters should be left whole and not burst"). An unsafe claim keeps its first.
            var rarest = words.MaxBy(i => units[i].Weight);
            return rarerWord
                ? words.Where(i => units[i].Weight >= units[rarest].Weight - 1e-9).Aggregate(0UL, (mask, i) => mask | (1UL << i))
                : 1UL << rarest;
        }

        // Either will do: the rare word may be a name the answer puts differently ("escitalopram" as Lexapro), the concept
        // is then what it conveys.
        var concept = concepts.MaxBy(i => units[i].Weight);
        if (!rarerWord || words.Count == 0 || units[words.MaxBy(i => units[i].Weight)].Weight < units[concept].Weight - 1e-9)
        {
            return 1UL << concept;
        }

        // Words the knowledge base never uses tie as the rarest: any of them will do.
        var top = units[words.MaxBy(i => units[i].Weight)].Weight;
        return words.Where(i => units[i].Weight >= top - 1e-9).Aggregate(1UL << concept, (mask, i) => mask | (1UL << i));
    }

    /// <summary>The same statement with each unit's number in <paramref name="ids"/> (-1 for a key it lacks).</summary>
    public FaithfulnessStatement WithUnitIds(IReadOnlyDictionary<string, int> ids) =>
        new(Statement, Units.Select(u => WithId(u, ids)).ToArray(), Synonyms.Select(s => s.Select(u => WithId(u, ids)).ToArray()).ToArray(), Quantities) { KeyTerms = KeyTerms, PolarMask = PolarMask, SubjectMask = SubjectMask, Aliases = Aliases.Select(a => (a.Unit, WithId(a.Alias, ids))).ToArray(), Absolute = Absolute, Exclusive = Exclusive, ConditionMask = ConditionMask, ListGroups = ListGroups, UnsettledMask = UnsettledMask, HeadMask = HeadMask, MeasuresRequired = MeasuresRequired, MeasureBounds = MeasureBounds, TimeSpans = TimeSpans };

    private static FaithfulnessUnit WithId(FaithfulnessUnit unit, IReadOnlyDictionary<string, int> ids) =>
        unit with { Id = ids.TryGetValue(unit.Key, out var id) ? id : -1 };

    /// <summary>The raw units of a text (before weighting): key, negated. Used for statements, key terms and synonyms.</summary>
    public static List<RawUnit> RawUnits(string text, PhraseLexicon lexicon)
    {
        var analysis = AnswerAnalysis.Of(text);
        var matches = analysis.Matches(lexicon);
        var covered = new bool[analysis.Tokens.Count];
        // The source a statement opens with ("Per the label, …", "According to NCCN, …") says where it comes from, not what it says.
        var source = SourceEnd(analysis);
        Array.Fill(covered, true, 0, source);
        var units = new List<RawUnit>();
        var verb = FirstVerb(analysis, source);
        var (head, passive, complement, modalHead) = HeadVerb(analysis, verb);
        if (verb < 0 && source == 0)
        {
            // An instruction ("Always take another full dose if you vomit") is made by its verb: "don't take a replacement" denies it.
            head = ImperativeVerb(analysis);
        }

        var condition = ConditionTokens(analysis);
        var lists = ListItems(analysis);
        var unsettled = new bool[analysis.Tokens.Count];
        foreach (var match in matches.Of(FaithfulnessVocabulary.UnsettledEvidence))
        {
            for (var t = match.FirstToken; t <= match.LastToken; t++)
            {
                unsettled[t] = true;
            }
        }

        foreach (var match in matches.Of(FaithfulnessVocabulary.UnsettledEvidenceEnds))
        {
            unsettled[match.FirstToken] = unsettled[match.LastToken] = true;
        }

        foreach (var match in MostSpecific(lexicon, matches))
        {
            if (match.FirstToken < source)
            {
                continue;
            }

            var (concept, opposite) = FaithfulnessVocabulary.Concept(match.Category);
            var negated = FaithfulnessVocabulary.IsNegated(analysis, match.FirstToken, match.Span) ^ opposite;
            Add(units, "c:" + concept, negated, Enumerable.Range(match.FirstToken, match.LastToken - match.FirstToken + 1).Select(i => analysis.Tokens[i].Stem), subject: match.LastToken < verb, head: match.FirstToken <= head && head <= match.LastToken && (!complement || modalHead), passive: passive, complement: modalHead, condition: condition[match.FirstToken] && condition[match.LastToken], item: lists[match.FirstToken] == lists[match.LastToken] ? lists[match.FirstToken] : (-1, -1), unsettled: unsettled[match.FirstToken] && unsettled[match.LastToken]);
            for (var t = match.FirstToken; t <= match.LastToken; t++)
            {
                covered[t] = true;
            }
        }

        for (var t = 0; t < analysis.Tokens.Count; t++)
        {
            var token = analysis.Tokens[t];
            if (covered[t] || FaithfulnessAnswer.IsIgnored(token))
            {
                continue;
            }

            var stem = FaithfulnessVocabulary.StemOf(token.Term, token.Stem);
            // A linking verb ("means", "makes") joins the subject to what is said of it and says nothing itself.
            Add(units, "s:" + stem, FaithfulnessVocabulary.IsNegated(analysis, t), [stem], subject: t < verb || (t == verb && LinkingVerbs.Contains(token.Term)), head: t == head, passive: passive, complement: complement, condition: condition[t], item: lists[t], unsettled: unsettled[t]);
        }

        return units;
    }

    /// <summary>Verbs that state what a claim says of its subject ("ECOG 1 <u>makes</u> someone ineligible", "stable disease <u>means</u> …").</summary>
    private static readonly HashSet<string> ClaimVerbs = new(StringComparer.Ordinal)
    {
        "means", "makes", "causes", "cures", "works", "helps", "needs", "puts", "leads", "requires", "improves", "increases",
        "reduces", "prevents", "stops", "treats", "gives", "keeps", "shows", "starves", "feeds", "boosts", "lowers", "raises",
        "protects", "kills", "shrinks", "slows", "affects", "replaces", "detoxifies", "lasts", "depends",
    };

    /// <summary>
    /// The same verbs in the plural ("antibodies <u>work</u>", "coffee enemas <u>detoxify</u>"): a verb unless a word that
    /// opens a noun phrase stands before it ("the cure", "to work", "a cause").
    /// </summary>
    private static readonly HashSet<string> BaseClaimVerbs = new(StringComparer.Ordinal)
    {
        "mean", "make", "cause", "cure", "work", "help", "need", "put", "lead", "require", "improve", "increase",
        "reduce", "prevent", "stop", "treat", "give", "keep", "show", "starve", "feed", "boost", "lower", "raise",
        "protect", "kill", "shrink", "slow", "affect", "replace", "detoxify", "last", "depend",
    };

    /// <summary>Words after which a base-form verb is a noun or an infinitive, not a plural subject's verb.</summary>
    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "your", "my", "our", "his", "her", "no", "any",
        "some", "every", "each", "to", "of", "for", "in", "with", "by", "on", "at", "from", "as", "into", "and", "or",
    };

    /// <summary>Claim verbs that only link the subject to the predicate: what the claim says comes after them.</summary>
    private static readonly HashSet<string> LinkingVerbs = new(StringComparer.Ordinal)
    {
        "means", "makes", "shows", "leads", "depends", "gives", "puts", "keeps",
        "mean", "make", "show", "lead", "depend", "give", "put", "keep",
    };

    /// <summary>Participles that describe a state rather than an action on the subject ("is limited", "are needed" is an action).</summary>
    private static readonly HashSet<string> PassiveAdjectives = new(StringComparer.Ordinal)
    {
        "limited", "based", "called", "named", "related", "associated", "linked", "used", "involved", "concerned", "interested", "tired", "worried",
    };

    /// <summary>Words that open a statement with its setting or condition rather than its subject.</summary>
    private static readonly HashSet<string> SettingOpeners = new(StringComparer.Ordinal)
    {
        "for", "in", "if", "when", "after", "before", "during", "with", "without", "once", "unless", "while", "among", "since", "although", "because",
        "please",
    };

    /// <summary>Quantities with a unit, by unit; the key "" holds every number the statement gives (a day count may stand without its unit).</summary>
    public static Dictionary<string, HashSet<double>> QuantitiesOf(AnswerAnalysis analysis)
    {
        var result = new Dictionary<string, HashSet<double>>(StringComparer.Ordinal) { [""] = [] };
        foreach (var q in QuantityFinder.Find(analysis))
        {
            result[""].Add(q.Value);
            if (q.Unit.Length > 0)
            {
                if (!result.TryGetValue(q.Unit, out var set))
                {
                    result[q.Unit] = set = [];
                }

                set.Add(q.Value);
            }
        }

        return result;
    }

    /// <summary>
    /// The concept matches of a statement, keeping for each stretch of words only the narrowest concept: "ribociclib"
    /// is rx-ribociclib, not rx-systemic-therapy (an answer naming Kisqali conveys the first; one naming chemotherapy does not).
    /// </summary>
    private static IEnumerable<PhraseMatch> MostSpecific(PhraseLexicon lexicon, LexiconMatches matches)
    {
        var concepts = matches.Categories.Where(FaithfulnessVocabulary.IsConcept).SelectMany(matches.Of)
            .OrderByDescending(m => m.LastToken - m.FirstToken)
            .ThenBy(m => Breadth(lexicon, m.Category))
            .ThenBy(m => m.Category, StringComparer.Ordinal)
            .ToList();
        var taken = new List<PhraseMatch>();
        foreach (var match in concepts)
        {
            if (!taken.Any(t => t.FirstToken <= match.LastToken && match.FirstToken <= t.LastToken))
            {
                taken.Add(match);
            }
        }

        return taken.OrderBy(m => m.FirstToken);
    }

    /// <summary>How many word sequences a category accepts (its @references expanded): the narrower concept is the smaller one.</summary>
    private static double Breadth(PhraseLexicon lexicon, string category) =>
        Breadths.GetValue(lexicon, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, double>(StringComparer.Ordinal))
            .GetOrAdd(category, c => lexicon.Categories[c].Sum(p => Breadth(p.Elements)));

    private static double Breadth(IReadOnlyList<PhraseElement> elements) =>
        elements.Aggregate(1.0, (product, e) => product * (e is PhraseElement.Choice choice ? choice.Options.Sum(Breadth) : 1));

    private static void Add(List<RawUnit> units, string key, bool negated, IEnumerable<string> stems, bool subject, bool head = false, bool passive = false, bool complement = false, bool condition = false, (int List, int Item) item = default, bool unsettled = false)
    {
        var at = units.FindIndex(u => u.Key == key);
        if (at < 0)
        {
            units.Add(new RawUnit(key, negated, stems.ToHashSet(StringComparer.Ordinal)) { Subject = subject, Head = head && !passive && !complement, PassiveHead = head && passive, ComplementHead = head && complement, Condition = condition, List = item.List, Item = item.Item, Unsettled = unsettled });
        }
        else
        {
            units[at].Stems.UnionWith(stems);
            // A word in two items of a list, or also outside it ("hair" in "hair thinning, dry hair"), is no item's own.
            var same = units[at].List >= 0 && units[at].List == item.List && units[at].Item == item.Item;
            units[at] = units[at] with
            {
                Subject = units[at].Subject && subject, Head = units[at].Head || (head && !passive && !complement), PassiveHead = units[at].PassiveHead || (head && passive), ComplementHead = units[at].ComplementHead || (head && complement),
                Condition = units[at].Condition && condition, List = same ? item.List : -1, Item = same ? item.Item : -1, Unsettled = units[at].Unsettled && unsettled,
            };
        }
    }

    /// <summary>
    /// Per token, the list and item it stands in ((-1, -1) outside lists): a list is a run of at least three items of
    /// at most <see cref="ListItemTokens"/> words in one sentence, split at commas and at "and"/"or", with a comma among
    /// the splits ("… include hot flushes, joint pain, and tiredness"). The first item is the end of a longer stretch
    /// before the list's first comma, as long as the longest other item. Examples ("…, such as A or B") make a list of
    /// two items or more on their own.
    /// </summary>
    private static (int List, int Item)[] ListItems(AnswerAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var result = new (int List, int Item)[tokens.Count];
        Array.Fill(result, (-1, -1));
        // Segments: [start, end) token ranges between splits; whether the split before each one is a comma.
        var segments = new List<(int Start, int End, bool Comma)>();
        var start = 0;
        var comma = false;
        for (var t = 0; t <= tokens.Count; t++)
        {
            var split = t == tokens.Count || (t > 0 && CommaBefore(analysis, t)) || tokens[t].Term is "and" or "or";
            if (!split)
            {
                continue;
            }

            if (t > start)
            {
                segments.Add((start, t, comma));
                comma = false;
            }

            if (t < tokens.Count)
            {
                comma |= t > 0 && CommaBefore(analysis, t);
                start = tokens[t].Term is "and" or "or" ? t + 1 : t;
            }
        }

        var list = 0;
        for (var i = 1; i < segments.Count;)
        {
            // Examples ("…, such as A or B", "…, including A and B") are a list of their own, not items beside what they
            // are examples of.
            var examples = Examples(tokens, segments[i].Start) is var skip && skip > 0;
            var j = i;
            var commas = 0;
            while (j < segments.Count && segments[j].End - segments[j].Start - (j == i ? skip : 0) <= ListItemTokens &&
                (j == i || Examples(tokens, segments[j].Start) == 0) &&
                tokens[segments[j].Start].Sentence == tokens[segments[i - 1].End - 1].Sentence)
            {
                commas += segments[j].Comma ? 1 : 0;
                j++;
            }

            var items = (examples ? 0 : 1) + (j - i);
            if (items >= 3 || (examples && items >= 2))
            {
                if (!examples && segments[i].Comma && commas >= 1)
                {
                    var longest = 0;
                    for (var k = i; k < j; k++)
                    {
                        longest = Math.Max(longest, segments[k].End - segments[k].Start);
                    }

                    // The first item stops at the verb or the word that opens the list ("… is facial, …", "… include A, …").
                    var first = segments[i - 1];
                    var from = first.End;
                    while (from > first.Start && first.End - from < longest && !OpensList(tokens[from - 1].Term))
                    {
                        from--;
                    }

                    for (var t = from; t < first.End; t++)
                    {
                        result[t] = (list, 0);
                    }
                }

                if (examples || (segments[i].Comma && commas >= 1))
                {
                    for (var k = i; k < j; k++)
                    {
                        for (var t = segments[k].Start + (k == i ? skip : 0); t < segments[k].End; t++)
                        {
                            result[t] = (list, k - i + 1);
                        }
                    }

                    list++;
                }
            }

            i = Math.Max(j, i + 1);
        }

        return result;
    }

    /// <summary>The tokens of a condition: from "if", "when", "unless" or "whenever" to the end of its clause.</summary>
    private static bool[] ConditionTokens(AnswerAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var inside = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Term is "if" or "when" or "unless" or "whenever")
            {
                // A condition goes on over ", or …" and ", and …" ("if the pain is constant, or isn't relieved by painkillers").
                var at = t;
                for (var clause = tokens[t].Clause; at < tokens.Count && tokens[at].Clause == clause; at++)
                {
                    inside[at] = true;
                    if (at + 1 < tokens.Count && tokens[at + 1].Clause != clause && tokens[at + 1].Term is "or" or "and" && CommaBefore(analysis, at + 1))
                    {
                        clause = tokens[at + 1].Clause;
                    }
                }
            }
        }

        return inside;
    }

    /// <summary>Whether token <paramref name="t"/> follows a bare list comma: nothing but ", " before it, and no word that opens a clause.</summary>
    private static bool ListComma(AnswerAnalysis analysis, int t, int clauseStart) =>
        t - clauseStart <= ListItemTokens && CommaBefore(analysis, t) &&
        !ScopeCues.ClauseOpeners.Contains(analysis.Tokens[t].Term) && !SettingOpeners.Contains(analysis.Tokens[t].Term) &&
        analysis.Tokens[t].Term is not ("which" or "who" or "that" or "where" or "when" or "as" or "then" or "such" or "including" or "especially" or "like");

    /// <summary>Whether nothing but a comma (and spaces) stands between token <paramref name="t"/> and the one before it.</summary>
    private static bool CommaBefore(AnswerAnalysis analysis, int t) =>
        analysis.Text.AsSpan(analysis.Tokens[t - 1].Span.End, analysis.Tokens[t].Span.Start - analysis.Tokens[t - 1].Span.End).Trim() is [','];

    /// <summary>How many words at <paramref name="t"/> introduce examples ("such as", "including", "particularly"): 0 when none do.</summary>
    private static int Examples(IReadOnlyList<Token> tokens, int t) =>
        tokens[t].Term is "including" or "especially" or "particularly" or "notably" or "like" ? 1
        : tokens[t].Term is "such" && t + 1 < tokens.Count && tokens[t + 1].Term == "as" ? 2
        : tokens[t].Term is "e.g" ? 1
        : 0;

    /// <summary>Whether a word ends the stretch before a list's first item: a verb, or a word that introduces examples or items.</summary>
    private static bool OpensList(string term) =>
        ScopeCues.FiniteVerbs.Contains(term) || ClaimVerbs.Contains(term) || BaseClaimVerbs.Contains(term) ||
        term is "include" or "includes" or "included" or "including" or "such" or "as" or "like" or "with" or "of" or "from" or "by" or "are" or "is" or "be";

    /// <summary>The longest list item a subject runs on over ("blurred vision", "pain in the upper belly").</summary>
    private const int ListItemTokens = 4;

    /// <summary>
    /// The token of the verb that makes the claim, -1 when it is no claim verb: the first verb itself ("antibodies
    /// <u>work</u>"), or the claim verb right after an auxiliary ("can <u>cause</u>"); a linking verb makes none itself,
    /// but the clause it links to may ("a rising marker means the tumour is <u>growing</u>"). After "is" or "are", the
    /// word the copula links the subject to is the claim's complement ("is <u>compulsory</u>", "is <u>fine</u> to eat",
    /// "is no longer an <u>acceptable</u> option"): what an unsafe claim says of its subject (see <see cref="RawUnit.ComplementHead"/>).
    /// </summary>
    private static (int Token, bool Passive, bool Complement, bool Modal) HeadVerb(AnswerAnalysis analysis, int verb, bool linked = false)
    {
        if (verb < 0)
        {
            return (-1, false, false, false);
        }

        var tokens = analysis.Tokens;
        var term = tokens[verb].Term;
        var passive = false;
        var copula = term is "is" or "are" or "was" or "were";
        var modal = ScopeCues.Modals.Contains(term);
        if (ScopeCues.FiniteVerbs.Contains(term) && verb + 1 < tokens.Count && tokens[verb + 1].Clause == tokens[verb].Clause)
        {
            term = tokens[++verb].Term;
            // A passive predicate ("are avoided", "should be reported", "is usually advised"): its participle makes the claim.
            while (term is "be" or "been" or "being" or "usually" or "generally" or "often" or "also" or "always" or "only" or "still" or "best" or "then" &&
                verb + 1 < tokens.Count && tokens[verb + 1].Clause == tokens[verb].Clause)
            {
                term = tokens[++verb].Term;
                passive = true;
            }

            passive |= tokens[verb - 1].Term is "is" or "are" or "was" or "were" or "be" or "been";
        }

        if ((ClaimVerbs.Contains(term) || BaseClaimVerbs.Contains(term)) && !LinkingVerbs.Contains(term))
        {
            return (verb, false, false, false);
        }

        if (passive && term.Length > 4 && term.EndsWith("ed", StringComparison.Ordinal) && !PassiveAdjectives.Contains(term))
        {
            return (verb, true, false, false);
        }

        // After a modal comes the verb that makes the claim, listed or not: "diet and supplements can <u>control</u> …".
        // Like a copula's complement, it is a verdict of unsafe claims only (see RawUnit.ComplementHead); Modal tells it
        // apart from a complement, which a concept unit does not head.
        if (modal && !passive && !LinkingVerbs.Contains(term) && !ScopeCues.FiniteVerbs.Contains(term) && !NounMarkers.Contains(term) &&
            !ComplementSkips.Contains(term) && term.All(char.IsAsciiLetterLower))
        {
            return (verb, false, true, true);
        }

        if (LinkingVerbs.Contains(term) && !linked)
        {
            // The clause a linking verb introduces makes the claim: its own verb, or its complement.
            for (var t = verb + 1; t < tokens.Count && tokens[t].Clause == tokens[verb].Clause; t++)
            {
                if (ScopeCues.FiniteVerbs.Contains(tokens[t].Term))
                {
                    return HeadVerb(analysis, t, linked: true);
                }
            }

            return (-1, false, false, false);
        }

        if (copula)
        {
            // The copula's complement: the first word after it that is not an article, a negation or an intensifier.
            var t = verb;
            while (t < tokens.Count && tokens[t].Clause == tokens[verb].Clause && ComplementSkips.Contains(tokens[t].Term))
            {
                t++;
            }

            if (t < tokens.Count && tokens[t].Clause == tokens[verb].Clause && !ScopeCues.FiniteVerbs.Contains(tokens[t].Term) &&
                !NounMarkers.Contains(tokens[t].Term) && tokens[t].Term.Any(char.IsLetter))
            {
                return (t, false, true, false);
            }
        }

        return (-1, false, false, false);
    }

    /// <summary>Words between a copula and its complement ("is <u>not a</u> safe …", "is <u>no longer an</u> acceptable …").</summary>
    private static readonly HashSet<string> ComplementSkips = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "not", "no", "never", "longer", "really", "truly", "very", "quite", "completely", "totally", "entirely",
        "perfectly", "actually", "just", "definitely", "certainly", "generally", "usually", "often", "also", "always", "still",
    };

    /// <summary>Verbs an instruction opens with ("Take …", "Always skip …", "Just double …").</summary>
    private static readonly HashSet<string> ImperativeVerbs = new(StringComparer.Ordinal)
    {
        "take", "skip", "double", "halve", "stop", "keep", "wait", "avoid", "use", "apply", "drink", "eat", "continue", "restart",
        "resume", "crush", "open", "split", "chew", "ignore", "hold", "pause", "try", "add", "increase", "decrease", "reduce",
        "delay", "give", "put", "leave", "repeat", "swap", "replace", "start", "wash", "shave", "fast", "rest",
    };

    /// <summary>The verb an instruction opens with, after at most two adverbs ("Always take …", "Just go ahead and …"); -1 when none.</summary>
    private static int ImperativeVerb(AnswerAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        for (var t = 0; t < tokens.Count && t <= 2; t++)
        {
            if (ImperativeVerbs.Contains(tokens[t].Term))
            {
                return t;
            }

            if (tokens[t].Term is not ("always" or "just" or "simply" or "definitely" or "then" or "now" or "please" or "you" or "should" or "can" or "must"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token after the source a statement opens with, in a clause of its own ("Per the product label, …",
    /// "According to the guidelines, …"); 0 when it opens with none.
    /// </summary>
    private static int SourceEnd(AnswerAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        if (tokens.Count == 0 || tokens[0].Term is not ("per" or "according"))
        {
            return 0;
        }

        for (var t = 1; t < tokens.Count && t <= 8; t++)
        {
            if (tokens[t].Clause != tokens[0].Clause)
            {
                return CommaBefore(analysis, t) ? t : 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first finite verb or auxiliary of a one-sentence statement ("Cetirizine and diphenhydramine <u>are</u> both
    /// antihistamines"), after at least one word and in the first clause: what stands before it is the statement's
    /// subject. -1 when there is none, or when the statement opens with a setting ("For ER-positive disease, …", "If …")
    /// rather than its subject: no subject is told apart then.
    /// </summary>
    /// <param name="analysis">The statement, analysed.</param>
    /// <param name="first">The first token after the source it opens with (<see cref="SourceEnd"/>).</param>
    private static int FirstVerb(AnswerAnalysis analysis, int first)
    {
        var tokens = analysis.Tokens;
        if (first >= tokens.Count || SettingOpeners.Contains(tokens[first].Term))
        {
            return -1;
        }

        var clauseStart = first;
        var examples = false;
        for (var t = first + 1; t < tokens.Count; t++)
        {
            // A subject that lists things runs on over its commas ("Headache, blurred vision and vomiting … can be handled at home").
            if (tokens[t].Clause != tokens[t - 1].Clause)
            {
                // Examples of the subject belong to it ("Painkillers that thin the blood, such as aspirin or ibuprofen, are avoided").
                examples = CommaBefore(analysis, t) && (examples || tokens[t].Term is "such" or "including");
                if (!examples && !ListComma(analysis, t, clauseStart))
                {
                    break;
                }

                clauseStart = t;
            }

            if (ScopeCues.FiniteVerbs.Contains(tokens[t].Term) || ClaimVerbs.Contains(tokens[t].Term) || tokens[t].Term.EndsWith("n't", StringComparison.Ordinal) ||
                (BaseClaimVerbs.Contains(tokens[t].Term) && !NounMarkers.Contains(tokens[t - 1].Term)))
            {
                // A relative clause belongs to the subject ("People who have finished chemotherapy should rest"): the claim's
                // verb is the modal or finite verb after it.
                if (tokens[t - 1].Term is "who" or "whose" && t - 1 > first)
                {
                    for (var after = t + 1; after < tokens.Count && tokens[after].Sentence == tokens[t].Sentence; after++)
                    {
                        if (ScopeCues.Modals.Contains(tokens[after].Term) || tokens[after].Term is "are" or "is" or "were" or "was")
                        {
                            return after;
                        }
                    }
                }

                return t;
            }
        }

        return -1;
    }
}
