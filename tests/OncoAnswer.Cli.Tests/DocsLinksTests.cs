using System.Text;
using System.Text.RegularExpressions;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// The front page stays a front page, and the documentation's relative links lead somewhere: every link in README.md
/// and docs/*.md that is not a URL names an existing file or folder, and an anchor (#section) names a heading of the
/// target file under GitHub's rules for heading ids.
/// </summary>
public sealed partial class DocsLinksTests
{
    private const int ReadmeLimit = 12_000;

    [Fact]
    public void Readme_IsUnderTheFrontPageLimit()
    {
        var length = File.ReadAllText(RepoPaths.Of("README.md")).Length;

        Assert.True(length < ReadmeLimit, $"README.md has {length:N0} characters; keep it under {ReadmeLimit:N0} and move detail into docs/.");
    }

    [Fact]
    public void EveryRelativeLink_ResolvesToAFileAndHeading()
    {
        var files = Directory.GetFiles(RepoPaths.Of("docs"), "*.md").Order(StringComparer.Ordinal).Prepend(RepoPaths.Of("README.md")).ToList();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in files)
        {
            foreach (var (line, target) in Links(file))
            {
                if (Scheme().IsMatch(target))
                {
                    continue; // a URL: not checked offline
                }

                checkedLinks++;
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
                var anchor = hash < 0 ? null : target[(hash + 1)..];
                var resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                var where = $"{Path.GetRelativePath(RepoPaths.Root, file)}:{line}: ({target})";
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{where} names no file or folder");
                }
                else if (anchor is not null && !(resolved.EndsWith(".md", StringComparison.Ordinal) && File.Exists(resolved) && HeadingIds(resolved).Contains(anchor)))
                {
                    broken.Add($"{where} names no heading #{anchor} of {Path.GetRelativePath(RepoPaths.Root, resolved)}");
                }
            }
        }

        Assert.True(checkedLinks >= 20, $"expected at least 20 relative links in the docs, found {checkedLinks}.");
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Theory]
    [InlineData("Quick start", "quick-start")]
    [InlineData("`oncoanswer runs list|show|prune`", "oncoanswer-runs-listshowprune")]
    [InlineData("LLM judge (optional)", "llm-judge-optional")]
    [InlineData("Gates, exit codes and CI", "gates-exit-codes-and-ci")]
    [InlineData("`%num`: any number", "num-any-number")]
    [InlineData("[A link](x.md) in a heading", "a-link-in-a-heading")]
    public void Slug_FollowsGitHubsRules(string heading, string id) => Assert.Equal(id, Slug(heading));

    [Fact]
    public void HeadingIds_NumberRepeatedHeadings()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# Flags\n\n```sh\n# not a heading\n```\n\n## Flags\n\n### Flags\n");

            Assert.Equal(["flags", "flags-1", "flags-2"], HeadingIds(file).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The link targets of a Markdown file with their line numbers, outside code blocks and code spans.</summary>
    private static IEnumerable<(int Line, string Target)> Links(string file)
    {
        var number = 0;
        foreach (var line in Prose(file))
        {
            number = line.Number;
            foreach (Match match in Link().Matches(CodeSpan().Replace(line.Text, "")))
            {
                yield return (number, match.Groups[1].Value);
            }
        }
    }

    /// <summary>The ids GitHub gives the headings of a Markdown file (a repeated heading gets -1, -2, …).</summary>
    private static HashSet<string> HeadingIds(string file)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, text) in Prose(file))
        {
            var heading = Heading().Match(text);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups[1].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            ids.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return ids;
    }

    /// <summary>GitHub's heading id: the heading's text (link text, no markup), lower-cased, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading)
    {
        var text = Link().Replace(heading.Trim(), m => m.Value[(m.Value.IndexOf('[', StringComparison.Ordinal) + 1)..m.Value.IndexOf(']', StringComparison.Ordinal)]);
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    /// <summary>The lines of a Markdown file that are not inside a fenced code block, numbered from 1.</summary>
    private static IEnumerable<(int Number, string Text)> Prose(string file)
    {
        string? fence = null;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
                continue;
            }

            if (fence is not null)
            {
                fence = trimmed.StartsWith(fence, StringComparison.Ordinal) ? null : fence;
                continue;
            }

            yield return (number, line);
        }
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
