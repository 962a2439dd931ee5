namespace OncoAnswer.Harness.Text;

/// <summary>
/// Finds negation, hedge, reported-speech and quotation scopes over tokens. A negation or hedge cue covers the
/// following words of its clause, up to a reach; a reported-speech cue ("claims", "is promoted as") covers its whole
/// clause; a quotation covers the words between matching quotation marks on one line.
/// </summary>
internal static class ScopeFinder
{
    public static List<Scope> Find(string text, IReadOnlyList<Token> tokens)
    {
        var scopes = new List<Scope>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (ScopeCues.Negation.Contains(token.Term) || token.Term.EndsWith("n't", StringComparison.Ordinal))
            {
                AddForward(scopes, ScopeKind.Negation, tokens, i, ScopeCues.NegationReach);
            }
            else if (ScopeCues.Hedge.Contains(token.Term))
            {
                AddForward(scopes, ScopeKind.Hedge, tokens, i, ScopeCues.HedgeReach);
            }

            if (ScopeCues.Reported.Contains(token.Stem))
            {
                var first = i;
                while (first > 0 && tokens[first - 1].Clause == token.Clause)
                {
                    first--;
                }

                var last = i;
                while (last + 1 < tokens.Count && tokens[last + 1].Clause == token.Clause)
                {
                    last++;
                }

                scopes.Add(new Scope(ScopeKind.Reported, token.Span, first, last));
            }
        }

        AddQuotes(text, tokens, scopes);
        return scopes;
    }

    private static void AddForward(List<Scope> scopes, ScopeKind kind, IReadOnlyList<Token> tokens, int cue, int reach)
    {
        var last = cue;
        while (last + 1 < tokens.Count && last + 1 - cue <= reach && tokens[last + 1].Clause == tokens[cue].Clause)
        {
            last++;
        }

        if (last > cue)
        {
            scopes.Add(new Scope(kind, tokens[cue].Span, cue + 1, last));
        }
    }

    private static void AddQuotes(string text, IReadOnlyList<Token> tokens, List<Scope> scopes)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n')
            {
                open = -1;
            }
            else if (c is '\u201C' || (c is '"' && open < 0))
            {
                open = i;
            }
            else if ((c is '\u201D' or '"') && open >= 0)
            {
                AddQuote(tokens, scopes, open, i);
                open = -1;
            }
        }
    }

    private static void AddQuote(IReadOnlyList<Token> tokens, List<Scope> scopes, int open, int close)
    {
        int first = -1, last = -1;
        for (var t = FirstAtOrAfter(tokens, open); t < tokens.Count && tokens[t].Span.Start < close; t++)
        {
            first = first < 0 ? t : first;
            last = t;
        }

        if (first >= 0)
        {
            scopes.Add(new Scope(ScopeKind.Quote, new TextSpan(open, 1), first, last));
        }
    }

    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
