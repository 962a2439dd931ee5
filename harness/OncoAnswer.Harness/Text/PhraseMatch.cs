namespace OncoAnswer.Harness.Text;

/// <summary>One place where a lexicon phrase matched.</summary>
/// <remarks>
/// Holds the phrase it matched rather than copies of its category, text and source (a long answer has hundreds of
/// matches, and <see cref="LexiconMatches"/> makes them only for the categories that are read).
/// </remarks>
public sealed record PhraseMatch
{
    private readonly CompiledPhrase phrase;

    /// <summary>Creates a match of a phrase given by its category, text and source.</summary>
    /// <param name="category">The lexicon category, e.g. <c>consult</c>.</param>
    /// <param name="phrase">The phrase as written in the lexicon file.</param>
    /// <param name="source">Where the phrase is defined ("file:line").</param>
    /// <param name="firstToken">Index of the first matched token.</param>
    /// <param name="lastToken">Index of the last matched token (inclusive).</param>
    /// <param name="span">The matched text in the original answer.</param>
    /// <param name="sentence">Index of the sentence.</param>
    public PhraseMatch(string category, string phrase, string source, int firstToken, int lastToken, TextSpan span, int sentence)
        : this(new CompiledPhrase(category, phrase, source, []), firstToken, lastToken, span, sentence)
    {
    }

    /// <summary>Creates a match of a compiled lexicon phrase.</summary>
    internal PhraseMatch(CompiledPhrase phrase, int firstToken, int lastToken, TextSpan span, int sentence)
    {
        this.phrase = phrase;
        FirstToken = firstToken;
        LastToken = lastToken;
        Span = span;
        Sentence = sentence;
    }

    /// <summary>The lexicon category, e.g. <c>consult</c>.</summary>
    public string Category => phrase.Category;

    /// <summary>The phrase as written in the lexicon file.</summary>
    public string Phrase => phrase.Text;

    /// <summary>Where the phrase is defined ("file:line"), so a reviewer can find and fix it.</summary>
    public string Source => phrase.Source;

    /// <summary>Index of the first matched token.</summary>
    public int FirstToken { get; init; }

    /// <summary>Index of the last matched token (inclusive).</summary>
    public int LastToken { get; init; }

    /// <summary>The matched text in the original answer.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Index of the sentence.</summary>
    public int Sentence { get; init; }

    /// <summary>Equal when the same phrase (category, text and source) matched the same tokens, text and sentence.</summary>
    public bool Equals(PhraseMatch? other) =>
        other is not null && FirstToken == other.FirstToken && LastToken == other.LastToken && Span == other.Span && Sentence == other.Sentence &&
        string.Equals(Category, other.Category, StringComparison.Ordinal) && string.Equals(Phrase, other.Phrase, StringComparison.Ordinal) &&
        string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Category, Phrase, Source, FirstToken, LastToken, Span, Sentence);

    /// <summary>Deconstructs the match into its parts.</summary>
    public void Deconstruct(out string category, out string phrase, out string source, out int firstToken, out int lastToken, out TextSpan span, out int sentence)
    {
        category = Category;
        phrase = Phrase;
        source = Source;
        firstToken = FirstToken;
        lastToken = LastToken;
        span = Span;
        sentence = Sentence;
    }
}
