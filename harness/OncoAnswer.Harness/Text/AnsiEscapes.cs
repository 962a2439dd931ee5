using System.Text.RegularExpressions;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Removes terminal escape sequences (ANSI/VT100: CSI colours and cursor moves, OSC titles and links, character-set and
/// other two-character escapes) from text a tool printed, such as an exec generator's stderr, before it reaches a log,
/// a terminal or summary.md.
/// </summary>
internal static partial class AnsiEscapes
{
    /// <summary>Returns <paramref name="text"/> without escape sequences (the same string when it has none).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny('\u001b', '\u009b') < 0 ? text : Sequence().Replace(text, "");
    }

    // OSC (ESC ] … BEL or ESC \), CSI (ESC [ or U+009B, parameters, intermediates, final byte), ESC with an
    // intermediate and a final byte (ESC ( B), two-character escapes (ESC 7), and a lone ESC at the end.
    [GeneratedRegex(@"\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|\u001b[ -/]+[0-~]?|\u001b[0-~]?", RegexOptions.CultureInvariant)]
    private static partial Regex Sequence();
}
