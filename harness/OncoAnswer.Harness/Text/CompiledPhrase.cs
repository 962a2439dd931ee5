namespace OncoAnswer.Harness.Text;

/// <summary>A lexicon phrase compiled to stems, with where it was written (matched through <see cref="PhraseProgram"/>).</summary>
internal sealed record CompiledPhrase(string Category, string Text, string Source, IReadOnlyList<PhraseElement> Elements);
