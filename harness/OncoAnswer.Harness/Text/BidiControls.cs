using System.Globalization;
using System.Text;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Bidirectional formatting characters (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069): invisible, they
/// reorder how the text around them is displayed, so a report could show an answer in another order than the one that
/// was scored. The report shows each one as ⟨U+XXXX⟩, with evidence offsets moved to match, and says so.
/// </summary>
internal static class BidiControls
{
    private const int Widening = 7; // "⟨U+202E⟩" is eight characters where the control was one

    /// <summary>True for a character this class makes visible.</summary>
    public static bool IsBidi(char c) => c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');

    /// <summary>How many such characters <paramref name="text"/> holds.</summary>
    public static int Count(string? text)
    {
        var count = 0;
        foreach (var c in text.AsSpan())
        {
            count += IsBidi(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Returns <paramref name="text"/> with each bidirectional control shown as ⟨U+XXXX⟩ (the same string when it has none).</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Count(text) == 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 32);
        foreach (var c in text)
        {
            if (IsBidi(c))
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

    /// <summary>Where offset <paramref name="offset"/> of <paramref name="text"/> is in <see cref="Visible"/>'s result.</summary>
    public static int Shift(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Clamp(offset, 0, text.Length);
        return offset + (Widening * Count(text[..end]));
    }

    /// <summary>A one-line note for a reader: which controls the text held and how they are shown; null when none.</summary>
    public static string? Notice(string what, string? text)
    {
        var count = Count(text);
        if (count == 0)
        {
            return null;
        }

        var kinds = text!.Where(IsBidi).Distinct().Order().Select(c => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"warning: the {what} contains {count} bidirectional control character(s) ({string.Join(", ", kinds)}), shown as ⟨U+XXXX⟩: they reorder how text is displayed, so the text could read differently from what was scored.");
    }
}
