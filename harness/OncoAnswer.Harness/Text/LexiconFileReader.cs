using System.Text.RegularExpressions;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Text;

/// <summary>Reads the lines of one lexicon file into raw phrases by category, collecting positioned errors.</summary>
internal static partial class LexiconFileReader
{
    public static void Read(string file, string text, Dictionary<string, List<(string Text, SourceLocation At)>> raw, List<InputError> errors)
    {
        string? category = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var column = rawLine.IndexOf(line[0], StringComparison.Ordinal) + 1;
            if (line.StartsWith('['))
            {
                if (!Header().IsMatch(line))
                {
                    errors.Add(new InputError(new SourceLocation(file, lineNumber, column), "a category header is [name] with lower-case letters, digits and '-'; fix the header."));
                    category = null;
                    continue;
                }

                category = line[1..^1];
                if (!raw.ContainsKey(category))
                {
                    raw[category] = [];
                }

                continue;
            }

            if (category is null)
            {
                errors.Add(new InputError(new SourceLocation(file, lineNumber, column), "a phrase before any [category] header; add a header above it."));
                continue;
            }

            raw[category].Add((line, new SourceLocation(file, lineNumber, column)));
        }
    }

    [GeneratedRegex(@"^\[[a-z0-9][a-z0-9-]*\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
