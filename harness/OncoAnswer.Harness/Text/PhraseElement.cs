namespace OncoAnswer.Harness.Text;

/// <summary>A compiled piece of a lexicon phrase: one stem, a choice between sequences, a gap of up to N words, or any number (<c>%num</c>).</summary>
internal abstract record PhraseElement
{
    internal sealed record Literal(string Stem) : PhraseElement;

    internal sealed record Choice(IReadOnlyList<IReadOnlyList<PhraseElement>> Options) : PhraseElement;

    internal sealed record Gap(int Max) : PhraseElement;

    internal sealed record Number : PhraseElement;
}
