namespace OncoAnswer.Harness.Text;

/// <summary>A lexicon phrase compiled to stems, with where it was written.</summary>
internal sealed record CompiledPhrase(string Category, string Text, string Source, IReadOnlyList<PhraseElement> Elements)
{
    /// <summary>
    /// Tries to match at token <paramref name="start"/>, staying before <paramref name="end"/> (the sentence end);
    /// returns the index of the last matched token, or -1.
    /// </summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start, int end) => Match(Elements, 0, null, tokens, start, end);

    private static int Match(IReadOnlyList<PhraseElement> elements, int e, Continuation? next, IReadOnlyList<Token> tokens, int t, int end)
    {
        if (e == elements.Count)
        {
            return next is null ? t - 1 : Match(next.Elements, next.Index, next.Next, tokens, t, end);
        }

        switch (elements[e])
        {
            case PhraseElement.Literal literal:
                return t < end && string.Equals(tokens[t].Stem, literal.Stem, StringComparison.Ordinal)
                    ? Match(elements, e + 1, next, tokens, t + 1, end)
                    : -1;
            case PhraseElement.Number:
                return t < end && char.IsAsciiDigit(tokens[t].Term[0]) ? Match(elements, e + 1, next, tokens, t + 1, end) : -1;
            case PhraseElement.Gap gap:
                for (var skip = 0; skip <= gap.Max && t + skip <= end; skip++)
                {
                    var found = Match(elements, e + 1, next, tokens, t + skip, end);
                    if (found >= 0)
                    {
                        return found;
                    }
                }

                return -1;
            case PhraseElement.Choice choice:
                if (t >= end)
                {
                    return -1;
                }

                var after = new Continuation(elements, e + 1, next);
                foreach (var option in choice.Options)
                {
                    var found = Match(option, 0, after, tokens, t, end);
                    if (found >= 0)
                    {
                        return found;
                    }
                }

                return -1;
            default:
                return -1;
        }
    }

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

    private sealed record Continuation(IReadOnlyList<PhraseElement> Elements, int Index, Continuation? Next);
}
