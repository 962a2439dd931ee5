namespace OncoAnswer.Harness.Text;

/// <summary>A match as the full lexicon pass records it (a value, no object), made into a <see cref="PhraseMatch"/> when read.</summary>
/// <param name="Phrase">The phrase's ordinal in the lexicon.</param>
/// <param name="FirstToken">Index of the first matched token.</param>
/// <param name="LastToken">Index of the last matched token (inclusive).</param>
/// <param name="Span">The matched text.</param>
/// <param name="Sentence">Index of the sentence.</param>
internal readonly record struct PhraseHit(int Phrase, int FirstToken, int LastToken, TextSpan Span, int Sentence);
