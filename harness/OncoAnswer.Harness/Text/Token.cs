namespace OncoAnswer.Harness.Text;

/// <summary>One word of an analysed text.</summary>
/// <param name="Index">Zero-based position among the text's tokens.</param>
/// <param name="Span">Where the word stands in the original text.</param>
/// <param name="Term">The lower-cased word as written (apostrophes normalised to ').</param>
/// <param name="Stem">The English stem (Lucene's Porter stemmer), which phrase lexicons match against.</param>
/// <param name="Sentence">Index of the sentence the word belongs to.</param>
/// <param name="Clause">Index of the clause (split at , ; : brackets, dashes and clause-opening conjunctions); scopes end at clause ends.</param>
public readonly record struct Token(int Index, TextSpan Span, string Term, string Stem, int Sentence, int Clause)
{
    /// <summary>The word's number, the same for every occurrence of the word as written (-1 when it has none); per-word facts are cached by it.</summary>
    public int Word { get; init; } = -1;
}
