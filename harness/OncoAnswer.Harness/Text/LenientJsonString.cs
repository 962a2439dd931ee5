using System.Globalization;
using System.Text;

namespace OncoAnswer.Harness.Text;

/// <summary>Decodes a raw JSON string literal, keeping lone surrogates that System.Text.Json refuses to return.</summary>
public static class LenientJsonString
{
    /// <summary>Decodes <paramref name="raw"/> (the literal with its quotes, as from <c>JsonElement.GetRawText</c>).</summary>
    public static string Decode(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1)
            {
                text.Append(c);
                continue;
            }

            var e = raw[++i];
            switch (e)
            {
                case 'u' when i + 4 < raw.Length && ushort.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 4;
                    break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                default: text.Append(e); break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads a string element; a "\ud800"-style escape decodes to a lone surrogate, which GetString refuses, so it is
    /// kept here for the scorers to report instead of failing the whole input.
    /// </summary>
    public static string Read(System.Text.Json.JsonElement element)
    {
        try
        {
            return element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Decode(element.GetRawText());
        }
    }
}
