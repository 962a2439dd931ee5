namespace OncoAnswer.Harness.Text;

/// <summary>The phrase-lexicon matches of one analysed text, by category.</summary>
public sealed class LexiconMatches
{
    private readonly IReadOnlyDictionary<string, int> categoryNumbers;
    private readonly string[] categoryNames;
    private readonly List<PhraseMatch>?[] byCategory;
    private readonly bool[] onDemand;
    private List<string>? categories;

    /// <summary>Matches by category number (the lexicon's numbering of <paramref name="categoryNames"/>); null where none.</summary>
    internal LexiconMatches(IReadOnlyDictionary<string, int> categoryNumbers, string[] categoryNames, List<PhraseMatch>?[] byCategory, bool[] onDemand)
    {
        this.onDemand = onDemand;
        this.categoryNumbers = categoryNumbers;
        this.categoryNames = categoryNames;
        this.byCategory = byCategory;
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
            : byCategory[number] ?? (IReadOnlyList<PhraseMatch>)[];
    }

    private List<string> Matched()
    {
        var names = new List<string>();
        for (var c = 0; c < byCategory.Length; c++)
        {
            if (byCategory[c] is not null)
            {
                names.Add(categoryNames[c]);
            }
        }

        return names;
    }

    /// <summary>The matches of category number <paramref name="category"/> (null when none).</summary>
    internal List<PhraseMatch>? Of(int category) => byCategory[category];

    /// <summary>How many categories the lexicon numbers.</summary>
    internal int CategoryCount => byCategory.Length;

    /// <summary>The name of category number <paramref name="category"/>.</summary>
    internal string CategoryName(int category) => categoryNames[category];

    /// <summary>The matches of <paramref name="category"/> in sentence <paramref name="sentence"/>.</summary>
    public IEnumerable<PhraseMatch> In(string category, int sentence) => Of(category).Where(m => m.Sentence == sentence);

    /// <summary>Whether <paramref name="category"/> matched in sentence <paramref name="sentence"/>.</summary>
    public bool Any(string category, int sentence) => In(category, sentence).Any();
}
