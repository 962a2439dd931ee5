namespace OncoAnswer.Harness.Text;

/// <summary>One place where a lexicon phrase matched.</summary>
/// <param name="Category">The lexicon category, e.g. <c>consult</c>.</param>
/// <param name="Phrase">The phrase as written in the lexicon file.</param>
/// <param name="Source">Where the phrase is defined ("file:line"), so a reviewer can find and fix it.</param>
/// <param name="FirstToken">Index of the first matched token.</param>
/// <param name="LastToken">Index of the last matched token (inclusive).</param>
/// <param name="Span">The matched text in the original answer.</param>
/// <param name="Sentence">Index of the sentence.</param>
public sealed record PhraseMatch(string Category, string Phrase, string Source, int FirstToken, int LastToken, TextSpan Span, int Sentence);
