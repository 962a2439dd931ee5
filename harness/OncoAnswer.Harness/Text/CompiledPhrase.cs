namespace OncoAnswer.Harness.Text;

/// <summary>A lexicon phrase compiled to stems, with where it was written (matched through <see cref="PhraseProgram"/>).</summary>
internal sealed record CompiledPhrase(string Category, string Text, string Source, IReadOnlyList<PhraseElement> Elements)
{
    /// <summary>The stems a match can start with (null when it can start with anything).</summary>
    public static HashSet<string>? FirstStems(IReadOnlyList<PhraseElement> elements)
    {
        if (elements.Count == 0)
        {
            return null;
        }

        switch (elements[0])
        {
            case PhraseElement.Literal literal:
                return [literal.Stem];
            case PhraseElement.Choice choice:
                var all = new HashSet<string>(StringComparer.Ordinal);
                foreach (var option in choice.Options)
                {
                    var first = FirstStems(option);
                    if (first is null)
                    {
                        return null;
                    }

                    all.UnionWith(first);
                }

                return all;
            default:
                return null;
        }
    }

    /// <summary>Whether every match must start with a number (<c>%num</c> first, in every option).</summary>
    public static bool StartsWithNumberOnly(IReadOnlyList<PhraseElement> elements) =>
        elements.Count > 0 && elements[0] switch
        {
            PhraseElement.Number => true,
            PhraseElement.Choice choice => choice.Options.All(StartsWithNumberOnly),
            _ => false,
        };
}
