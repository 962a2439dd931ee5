namespace OncoAnswer.Harness.Text;

/// <summary>A run of tokens under a negation, hedge, reported-speech cue or quotation marks.</summary>
/// <param name="Kind">What the scope does.</param>
/// <param name="Cue">The cue word(s) or the opening quotation mark.</param>
/// <param name="FirstToken">Index of the first token covered (after the cue).</param>
/// <param name="LastToken">Index of the last token covered (inclusive).</param>
public sealed record Scope(ScopeKind Kind, TextSpan Cue, int FirstToken, int LastToken)
{
    /// <summary>Whether the scope covers token <paramref name="index"/>.</summary>
    public bool Covers(int index) => index >= FirstToken && index <= LastToken;
}
