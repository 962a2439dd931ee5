using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// A word-level diff of a baseline answer and a new one as HTML: words only in the baseline in <c>&lt;del&gt;</c>, words
/// only in the new answer in <c>&lt;ins&gt;</c>, every piece HTML-encoded. A longest-common-subsequence over words after
/// the shared start and end are set aside; ties always prefer the deletion, so the same two texts give the same diff.
/// Above <see cref="MaxCells"/> words × words in the differing middle, that middle is shown as replaced whole.
/// </summary>
internal static partial class WordDiff
{
    public const long MaxCells = 4_000_000;

    public static RawHtml Html(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Tokens(before);
        var b = Tokens(after);
        var start = 0;
        while (start < a.Count && start < b.Count && a[start] == b[start])
        {
            start++;
        }

        var (endA, endB) = (a.Count, b.Count);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var html = new Markup();
        html.Add(' ', a, 0, start);
        if ((long)(endA - start) * (endB - start) > MaxCells)
        {
            html.Add('-', a, start, endA);
            html.Add('+', b, start, endB);
        }
        else
        {
            Middle(html, a[start..endA], b[start..endB]);
        }

        html.Add(' ', a, endA, a.Count);
        return new RawHtml(html.Close());
    }

    private static void Middle(Markup html, List<string> a, List<string> b)
    {
        // common[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                html.Add(' ', a[x++]);
            }
            else if (y == b.Count || (x < a.Count && common[x + 1, y] >= common[x, y + 1]))
            {
                html.Add('-', a[x++]);
            }
            else
            {
                html.Add('+', b[y++]);
            }
        }
    }

    // A word with the white space after it (white space at the very start is a token of its own).
    private static List<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"^\s+|\S+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>Builds the markup, merging neighbouring tokens of one kind into one element.</summary>
    private sealed class Markup
    {
        private readonly StringBuilder text = new();
        private char open = ' ';

        public void Add(char kind, List<string> tokens, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                Add(kind, tokens[i]);
            }
        }

        public void Add(char kind, string token)
        {
            if (kind != open)
            {
                Close();
                text.Append(kind switch { '-' => "<del>", '+' => "<ins>", _ => "" });
                open = kind;
            }

            text.Append(WebUtility.HtmlEncode(token));
        }

        public string Close()
        {
            text.Append(open switch { '-' => "</del>", '+' => "</ins>", _ => "" });
            open = ' ';
            return text.ToString();
        }
    }
}
