namespace OncoAnswer.Harness.Text;

/// <summary>The phrase-lexicon matches of one analysed text, by category.</summary>
public sealed class LexiconMatches
{
    private readonly IReadOnlyDictionary<string, int> categoryNumbers;
    private readonly string[] categoryNames;
    private readonly bool[] onDemand;
    private readonly CompiledPhrase[] phrases;

    // Every match as a value, grouped by category number (category c's are hits[starts[c]..starts[c + 1]], in text
    // order); the match objects of a category are made the first time it is read, so unread categories cost no objects.
    private readonly PhraseHit[] hits;
    private readonly int[] starts;
    private readonly PhraseMatch[]?[] made;
    private List<string>? categories;

    /// <summary>Matches by category number (the lexicon's numbering of <paramref name="categoryNames"/>), as ranges of <paramref name="hits"/>.</summary>
    internal LexiconMatches(IReadOnlyDictionary<string, int> categoryNumbers, string[] categoryNames, bool[] onDemand, CompiledPhrase[] phrases, PhraseHit[] hits, int[] starts)
    {
        this.onDemand = onDemand;
        this.categoryNumbers = categoryNumbers;
        this.categoryNames = categoryNames;
        this.phrases = phrases;
        this.hits = hits;
        this.starts = starts;
        made = new PhraseMatch[]?[categoryNames.Length];
    }

    /// <summary>The categories that matched at least once (in the lexicon's category order).</summary>
    public IReadOnlyCollection<string> Categories => categories ??= Matched();

    /// <summary>Every match of <paramref name="category"/>, in text order (empty when none).</summary>
    /// <exception cref="InvalidOperationException">The category is matched on demand only (<see cref="PhraseLexicon.OnDemandCategories"/>).</exception>
    public IReadOnlyList<PhraseMatch> Of(string category)
    {
        if (!categoryNumbers.TryGetValue(category, out var number))
        {
            return [];
        }

        return onDemand[number]
            ? throw new InvalidOperationException($"the lexicon category [{category}] is matched on demand only; use PhraseLexicon.MatchesAt.")
            : Made(number) ?? (IReadOnlyList<PhraseMatch>)[];
    }

    private List<string> Matched()
    {
        var names = new List<string>();
        for (var c = 0; c < categoryNames.Length; c++)
        {
            if (starts[c + 1] > starts[c])
            {
                names.Add(categoryNames[c]);
            }
        }

        return names;
    }

    /// <summary>
    /// The matches of category number <paramref name="category"/> as values, in text order (null when none): for hot
    /// loops that read only positions, without making the match objects.
    /// </summary>
    internal ArraySegment<PhraseHit>? Of(int category) =>
        starts[category + 1] == starts[category] ? default(ArraySegment<PhraseHit>?) : new ArraySegment<PhraseHit>(hits, starts[category], starts[category + 1] - starts[category]);

    /// <summary>The match objects of category number <paramref name="category"/> (null when none).</summary>
    private PhraseMatch[]? Made(int category) =>
        starts[category + 1] == starts[category] ? null : Volatile.Read(ref made[category]) ?? Make(category);

    /// <summary>How many categories the lexicon numbers.</summary>
    internal int CategoryCount => categoryNames.Length;

    /// <summary>The name of category number <paramref name="category"/>.</summary>
    internal string CategoryName(int category) => categoryNames[category];

    /// <summary>Makes the match objects of category number <paramref name="category"/> (the first reader's, if two race).</summary>
    private PhraseMatch[] Make(int category)
    {
        var matches = new PhraseMatch[starts[category + 1] - starts[category]];
        for (var i = 0; i < matches.Length; i++)
        {
            ref readonly var hit = ref hits[starts[category] + i];
            matches[i] = new PhraseMatch(phrases[hit.Phrase], hit.FirstToken, hit.LastToken, hit.Span, hit.Sentence);
        }

        return Interlocked.CompareExchange(ref made[category], matches, null) ?? matches;
    }

    /// <summary>The matches of <paramref name="category"/> in sentence <paramref name="sentence"/>.</summary>
    public IEnumerable<PhraseMatch> In(string category, int sentence) => Of(category).Where(m => m.Sentence == sentence);

    /// <summary>Whether <paramref name="category"/> matched in sentence <paramref name="sentence"/>.</summary>
    public bool Any(string category, int sentence) => In(category, sentence).Any();
}
