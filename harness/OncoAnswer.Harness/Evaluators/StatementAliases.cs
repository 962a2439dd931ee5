namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// Another name given in brackets right after a word of a statement ("Loratadine (Claritin)", "pseudoephedrine
/// (Sudafed)", "stereotactic radiosurgery (SRS)"): the statement says one thing under two names, so an answer that uses
/// either conveys it. The bracketed name leaves the statement's units (where it would count as a second thing to
/// convey) and becomes a synonym.
/// </summary>
internal static class StatementAliases
{
    /// <summary>Bracketed asides of more words than this are clauses of their own ("(de novo stage IV)"), not names.</summary>
    public const int MaxWords = 3;

    /// <summary><paramref name="text"/> without its bracketed names; each name goes to <paramref name="aliases"/> with the word it renames.</summary>
    public static string Split(string text, List<(string Alias, string Word)> aliases)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        var from = 0;
        while (open >= 0)
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                break;
            }

            var inside = text.AsSpan(open + 1, close - open - 1).Trim();
            var wordEnd = open - (open > 0 && text[open - 1] == ' ' ? 1 : 0);
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\''))
            {
                wordStart--;
            }

            if (wordStart < wordEnd && IsName(inside))
            {
                kept.Append(text, from, open - from);
                aliases.Add((inside.ToString(), text[wordStart..wordEnd]));
                from = close + 1;
            }

            open = text.IndexOf('(', close + 1);
        }

        kept.Append(text, from, text.Length - from);
        return kept.ToString();
    }

    /// <summary>A name: one to <see cref="MaxWords"/> words, no clause punctuation and no "e.g."-style list.</summary>
    private static bool IsName(ReadOnlySpan<char> inside)
    {
        if (inside.IsEmpty || inside.IndexOfAny(",;:") >= 0 || inside.StartsWith("e.g", StringComparison.OrdinalIgnoreCase) ||
            inside.StartsWith("i.e", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = 1;
        foreach (var c in inside)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= MaxWords;
    }
}
