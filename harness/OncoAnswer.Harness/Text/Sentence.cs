namespace OncoAnswer.Harness.Text;

/// <summary>One sentence (or heading / list line) of an answer, with its position.</summary>
/// <param name="Index">Zero-based position among the answer's sentences.</param>
/// <param name="Span">Where the sentence stands in the answer text, trimmed of surrounding white space.</param>
/// <param name="Text">The sentence text.</param>
public sealed record Sentence(int Index, TextSpan Span, string Text);
