using System.Globalization;
using System.Text;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Control characters (C0 other than tab, line feed and carriage return, and DEL) in text the harness stores or shows.
/// A store may cut text at U+0000 and XML cannot hold most of them, so an answer with one is not scored (what was judged
/// could not be what is stored and shown), and any text that keeps them shows each as ⟨U+XXXX⟩.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True for a character this class makes visible.</summary>
    public static bool IsControl(char c) => (c < '\u0020' && c is not ('\t' or '\n' or '\r')) || c == '\u007f';

    /// <summary>
    /// Why an answer holding control characters is not scored (the first one, where it is and how many), or null when
    /// it holds none.
    /// </summary>
    public static string? Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOf(text);
        if (first < 0)
        {
            return null;
        }

        var count = 0;
        foreach (var c in text.AsSpan(first))
        {
            count += IsControl(c) ? 1 : 0;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"the answer contains control character U+{(int)text[first]:X4} at character {first + 1} ({count} in all); it is not scored, because a store or report cannot show such characters as they were judged (they are shown as ⟨U+XXXX⟩). Check how the generator encodes its output.");
    }

    /// <summary>Returns <paramref name="text"/> with every control character replaced by ⟨U+XXXX⟩ (the same string when it has none).</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOf(text);
        if (first < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"⟨U+{(int)c:X4}⟩");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    private static int IndexOf(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
