using System.Text;

namespace OncoAnswer.Harness.Text;

/// <summary>Repairs broken UTF-16 (lone surrogates) so text can be written as UTF-8 JSON or HTML without throwing.</summary>
internal static class Utf16
{
    /// <summary>Returns <paramref name="text"/> with every lone surrogate replaced by U+FFFD (same length, so offsets hold).</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                repaired ??= new StringBuilder(text);
                repaired[i] = '\uFFFD';
            }
        }

        return repaired?.ToString() ?? text;
    }
}
