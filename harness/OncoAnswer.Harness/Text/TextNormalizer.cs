using System.Buffers;
using System.Text.RegularExpressions;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Makes a same-length working copy of an answer for analysis (the text itself when nothing needs changing), so every
/// offset found in the copy is an offset into the original: lone surrogates become U+FFFD, typographic apostrophes
/// become ', markup tags become spaces (block tags a line break), Markdown emphasis marks become spaces and line breaks
/// that arrived as text become line breaks. What was changed is reported as notes.
/// </summary>
internal static partial class TextNormalizer
{
    // What the normalizer may change or must look at besides surrogates and typographic apostrophes (searched apart:
    // one set mixing ASCII and other characters falls back to a slower search): emphasis marks, NUL and '<'.
    private static readonly SearchValues<char> AsciiSpecial = SearchValues.Create("*_`#\u0000<");

    public static string Normalize(string text, List<string> notes) => LineBreaks(Clean(text, notes), notes);

    /// <summary>
    /// Line breaks that arrived as text read as line breaks: an escape written out ("side effects:\nNausea") or one
    /// that lost its backslash on the way, a bare "n" glued between a word and a capitalised one ("heartburnnNausea",
    /// "grains.nManage stress"), as in answers exported through a tool that escapes line breaks twice. Without this a
    /// whole list is one sentence and its items one run-on word. Same length: an escape's backslash becomes the break
    /// and its 'n' a space; a bare 'n' becomes the break.
    /// </summary>
    private static string LineBreaks(string text, List<string> notes)
    {
        char[]? buffer = null;
        var breaks = 0;
        var span = text.AsSpan();
        // A written-out escape: "\n" not followed by a lower-case letter ("C:\new" is a path).
        for (var i = span.IndexOf('\\'); i >= 0 && i + 1 < span.Length; i = NextIndex(span, '\\', i + 1))
        {
            if (span[i + 1] == 'n' && (i + 2 == span.Length || !char.IsAsciiLetterLower(span[i + 2])))
            {
                buffer ??= text.ToCharArray();
                buffer[i] = '\n';
                buffer[i + 1] = ' ';
                breaks++;
            }
        }

        // A bare "n" after a lower-case letter or a sentence's end and before a capitalised word ("heartburnnNausea",
        // "grains.nManage", "nA dry cough"): English has no word with "n" before a capital inside it. Capitals are
        // rarer than the letter n, so the search goes from them.
        for (var i = span.IndexOfAnyInRange('A', 'Z'); i >= 0; i = NextCapital(span, i + 1))
        {
            if (i >= 2 && span[i - 1] == 'n' && span[i - 2] is (>= 'a' and <= 'z') or '.' or ':' or '!' or '?' or ')' &&
                i + 1 < span.Length && (char.IsAsciiLetterLower(span[i + 1]) || char.IsWhiteSpace(span[i + 1])))
            {
                buffer ??= text.ToCharArray();
                buffer[i - 1] = '\n';
                breaks++;
            }
        }

        if (buffer is null)
        {
            return text;
        }

        notes.Add($"The answer has {breaks} line break{(breaks == 1 ? "" : "s")} written as text (\"\\n\" or a bare \"n\" between words); they were read as line breaks.");
        return new string(buffer);
    }

    private static int NextIndex(ReadOnlySpan<char> span, char c, int from)
    {
        var next = from < span.Length ? span[from..].IndexOf(c) : -1;
        return next < 0 ? -1 : from + next;
    }

    private static int NextCapital(ReadOnlySpan<char> span, int from)
    {
        var next = from < span.Length ? span[from..].IndexOfAnyInRange('A', 'Z') : -1;
        return next < 0 ? -1 : from + next;
    }

    private static string Clean(string text, List<string> notes)
    {
        var first = FirstSpecial(text);
        if (first < 0)
        {
            return text; // nothing to change: the copy would be the same string
        }

        var buffer = text.ToCharArray();
        var surrogates = 0;
        var tagOpen = false;
        for (var i = first; i < buffer.Length; i++)
        {
            var c = buffer[i];
            if (char.IsHighSurrogate(c) && i + 1 < buffer.Length && char.IsLowSurrogate(buffer[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                buffer[i] = '\uFFFD';
                surrogates++;
            }
            else if (c is '\u2019' or '\u2018' or '\u02BC')
            {
                buffer[i] = '\'';
            }
            else if (c is '*' or '_' or '`' or '#' or '\u0000')
            {
                buffer[i] = ' ';
            }
            else if (c == '<')
            {
                tagOpen = true;
            }
        }

        if (surrogates > 0)
        {
            notes.Add($"The answer has {surrogates} lone surrogate character{(surrogates == 1 ? "" : "s")} (broken Unicode); they were read as U+FFFD.");
        }

        if (!tagOpen)
        {
            return new string(buffer); // every tag starts with '<'
        }

        var tags = 0;
        var working = new string(buffer);
        foreach (var tag in Tag().EnumerateMatches(working))
        {
            tags++;
            var block = BlockTag().IsMatch(working.AsSpan(tag.Index, tag.Length));
            for (var i = tag.Index; i < tag.Index + tag.Length; i++)
            {
                buffer[i] = block && i == tag.Index ? '\n' : ' ';
            }
        }

        if (tags > 0)
        {
            notes.Add($"The answer contains {tags} markup tag{(tags == 1 ? "" : "s")}; they were read as white space.");
        }

        return tags > 0 ? new string(buffer) : working;
    }

    private static int FirstSpecial(string text)
    {
        var first = text.AsSpan().IndexOfAny(AsciiSpecial);
        var before = text.AsSpan(0, first < 0 ? text.Length : first);
        var apostrophe = before.IndexOfAny('\u2019', '\u2018', '\u02BC');
        first = apostrophe >= 0 ? apostrophe : first;
        var surrogate = text.AsSpan(0, first < 0 ? text.Length : first).IndexOfAnyInRange('\uD800', '\uDFFF');
        return surrogate >= 0 ? surrogate : first;
    }

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,300})?/?>|<!--.{0,2000}?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^</?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|section|blockquote|pre)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();
}
