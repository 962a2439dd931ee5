using System.Buffers;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Splits answer text into sentences with exact offsets. Line breaks always end a sentence (answers are full of
/// headings and list items without final punctuation); within a line, '.', '!' or '?' followed by white space ends
/// one unless the word before is a known abbreviation ("e.g.", "Dr.", "vs.") or a single letter.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "approx", "fig", "no", "al", "st", "min", "max", "cf",
    };

    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r.!?");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the sentences of <paramref name="text"/> in order; empty for empty or blank text.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitList(text);
    }

    /// <summary>As <see cref="Split"/>, as the list itself.</summary>
    internal static List<Sentence> SplitList(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = NextBreak(text, 0); i >= 0; i = NextBreak(text, i + 1))
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, start, i))
            {
                // Keep closing quotes and brackets with the sentence they close.
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')' or '\u201D' or '\u2019')
                {
                    end++;
                }

                Add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>The first line break or sentence-ending mark at or after <paramref name="from"/>, or -1.</summary>
    private static int NextBreak(string text, int from)
    {
        var next = from < text.Length ? text.AsSpan(from).IndexOfAny(Breaks) : -1;
        return next < 0 ? -1 : from + next;
    }

    private static bool EndsSentence(string text, int lineStart, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or ')' or '\u201D' or '\u2019' or '.' or '!' or '?')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            // "3.5", "NCCN.org", "e.g.x" go on; "… concentrating.Memory loss is …" is two sentences whose space (or line
            // break) was lost on the way, as in text copied out of a web page.
            return next == i + 1 && JoinedSentences(text, lineStart, i);
        }

        if (text[i] != '.')
        {
            return true;
        }

        // "1. Take it with food": the number of a numbered list item opens the item, it does not end a sentence.
        var from = lineStart;
        while (from < i && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        if (i - from is >= 1 and <= 3 && text.AsSpan(from, i - from).ContainsAnyExceptInRange('0', '9') == false)
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return word.Length != 1 && !AbbreviationsBySpan.Contains(word);
    }

    /// <summary>
    /// Whether the mark at <paramref name="i"/> ends a sentence whose following one starts right after it: a lower-case
    /// word of two letters or more before it, and a capitalised word after it ("future.If you"); not "NCCN.org",
    /// "e.g.For", "ASP.NET" or "Node.JS". The tokenizer reads two words there too (UAX#29 alone would make one of
    /// "concentrating.Memory").
    /// </summary>
    internal static bool JoinedSentences(string text, int lineStart, int i)
    {
        if (i + 2 >= text.Length || !char.IsUpper(text[i + 1]) || !char.IsLower(text[i + 2]))
        {
            return false;
        }

        var letters = 0;
        for (var k = i - 1; k >= lineStart && char.IsLetter(text[k]); k--)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }

            letters++;
        }

        return letters >= 2 && (i - letters - 1 < lineStart || text[i - letters - 1] != '.') &&
            !AbbreviationsBySpan.Contains(text.AsSpan(i - letters, letters)); // "vs.Placebo", "approx.Twice"
    }

    private static bool OnlyListPunctuation(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c is not ('-' or '*' or '•' or '–' or '—' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // A line holding only list punctuation ("-", "*", "•") carries nothing to score.
        if (end > start && !OnlyListPunctuation(text.AsSpan(start, end - start)))
        {
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end - start), text[start..end]));
        }
    }
}
