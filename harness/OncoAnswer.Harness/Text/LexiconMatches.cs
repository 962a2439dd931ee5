namespace OncoAnswer.Harness.Text;

/// <summary>The phrase-lexicon matches of one analysed text, by category.</summary>
public sealed class LexiconMatches
{
    private readonly Dictionary<string, List<PhraseMatch>> byCategory;

    internal LexiconMatches(Dictionary<string, List<PhraseMatch>> byCategory) => this.byCategory = byCategory;

    /// <summary>The categories that matched at least once (unordered).</summary>
    public IReadOnlyCollection<string> Categories => byCategory.Keys;

    /// <summary>Every match of <paramref name="category"/>, in text order (empty when none).</summary>
    public IReadOnlyList<PhraseMatch> Of(string category) =>
        byCategory.TryGetValue(category, out var list) ? list : [];

    /// <summary>The matches of <paramref name="category"/> in sentence <paramref name="sentence"/>.</summary>
    public IEnumerable<PhraseMatch> In(string category, int sentence) => Of(category).Where(m => m.Sentence == sentence);

    /// <summary>Whether <paramref name="category"/> matched in sentence <paramref name="sentence"/>.</summary>
    public bool Any(string category, int sentence) => In(category, sentence).Any();
}
