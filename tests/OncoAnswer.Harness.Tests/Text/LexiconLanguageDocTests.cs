using System.Text.RegularExpressions;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

/// <summary>
/// The examples of docs/lexicon-language.md are true: each ```lex block loads as a lexicon, every
/// <c># "text" -> category: "match" | "match"</c> line (or <c>none</c>) is what the lexicon finds in that text, and
/// a block with <c># error LINE:COLUMN: message</c> lines fails to load with exactly those errors.
/// </summary>
public sealed partial class LexiconLanguageDocTests
{
    [Fact]
    public void EveryExampleOfTheLexiconLanguageDoc_HoldsOnTheRealParserAndMatcher()
    {
        var blocks = Blocks(File.ReadAllLines(RepoPaths.Of("docs", "lexicon-language.md")));
        var problems = new List<string>();
        var examples = 0;
        foreach (var (line, text) in blocks)
        {
            var expectedErrors = text.Split('\n').Select(l => ErrorLine().Match(l)).Where(m => m.Success).ToList();
            if (expectedErrors.Count > 0)
            {
                examples += expectedErrors.Count;
                var thrown = Record.Exception(() => PhraseLexicon.Parse("doc", [("example.lex", text)]));
                var actual = (thrown as InputException)?.Errors ?? [];
                var wanted = expectedErrors.Select(m => (Line: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Column: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Start: m.Groups[3].Value.Trim())).ToList();
                var matched = wanted.Count == actual.Count && wanted.All(w => actual.Any(a => a.Location.Line == w.Line && a.Location.Column == w.Column && a.Message.StartsWith(w.Start, StringComparison.Ordinal)));
                if (!matched)
                {
                    problems.Add($"block at line {line}: expected errors [{string.Join("; ", wanted)}], got [{string.Join("; ", actual)}]");
                }

                continue;
            }

            PhraseLexicon lexicon;
            try
            {
                lexicon = PhraseLexicon.Parse("doc", [("example.lex", text)]);
            }
            catch (InputException ex)
            {
                problems.Add($"block at line {line} does not load: {ex.Message}");
                continue;
            }

            foreach (Match example in ExampleLine().Matches(text))
            {
                examples++;
                var sample = example.Groups[1].Value;
                var category = example.Groups[2].Value;
                var expected = example.Groups[3].Value.Trim() == "none" ? [] : Quoted().Matches(example.Groups[3].Value).Select(m => m.Groups[1].Value).ToList();
                var analysis = AnswerAnalysis.Of(sample);
                var found = analysis.Matches(lexicon).Of(category).Select(m => analysis.Slice(m.Span)).ToList();
                if (!found.SequenceEqual(expected, StringComparer.Ordinal))
                {
                    problems.Add($"block at line {line}: \"{sample}\" -> {category}: expected [{string.Join(" | ", expected)}], found [{string.Join(" | ", found)}]");
                }
            }
        }

        Assert.True(examples >= 15, $"expected at least 15 checked examples in docs/lexicon-language.md, found {examples}.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The ```lex blocks of a Markdown file: the line of the opening fence and the block's text.</summary>
    private static List<(int Line, string Text)> Blocks(string[] lines)
    {
        var blocks = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```lex")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            blocks.Add((i + 1, string.Join('\n', lines[(i + 1)..end])));
            i = end;
        }

        return blocks;
    }

    [GeneratedRegex(@"^#\s*""([^""]*)""\s*->\s*([a-z0-9-]+):(.*)$", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();

    [GeneratedRegex(@"^#\s*error\s+(\d+):(\d+):(.*)$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex Quoted();
}
