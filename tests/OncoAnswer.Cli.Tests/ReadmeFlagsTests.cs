using System.Text.RegularExpressions;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// The documentation's flag tables match the program: every flag a table in README.md or docs/*.md documents for a
/// command (rows starting "| `-") appears in that command's <c>--help</c>. The command is the one the section heading
/// names (### `oncoanswer runs list|show|prune` → runs list), or the table header's "flag (`import csv FILE`)".
/// </summary>
public sealed partial class ReadmeFlagsTests
{
    [Fact]
    public async Task EveryDocumentedFlag_ExistsInTheCommandsHelp()
    {
        var documented = DocumentedInDocs();
        Assert.True(documented.Count >= 10, $"expected the docs to document flags of at least 10 commands, found {documented.Count}.");
        Assert.Contains("run", documented.Keys);

        var missing = new List<string>();
        foreach (var (command, flags) in documented)
        {
            var help = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
            Assert.True(help.ExitCode == 0 && help.Output.Contains("USAGE:", StringComparison.Ordinal), $"'oncoanswer {command} --help' failed: {help.Output}{help.Errors}");
            var known = FlagToken().Matches(help.Output).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(flags.Where(f => !known.Contains(f)).Select(f => $"the docs document {f} for 'oncoanswer {command}', which its --help does not list"));
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void RunFlagTable_CoversEveryRunFlag()
    {
        var documented = DocumentedInDocs();
        var flags = Infrastructure.CommandSuggestions.Flags(typeof(Commands.RunSettings)).ToList();

        var undocumented = flags.Where(f => !documented["run"].Contains(f)).ToList();

        Assert.True(undocumented.Count == 0, "the docs' `oncoanswer run` table lacks: " + string.Join(", ", undocumented));
    }

    /// <summary>The flags documented per command across README.md and docs/*.md (each file read on its own).</summary>
    private static Dictionary<string, HashSet<string>> DocumentedInDocs()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var files = Directory.GetFiles(RepoPaths.Of("docs"), "*.md").Order(StringComparer.Ordinal).Prepend(RepoPaths.Of("README.md"));
        foreach (var file in files)
        {
            Documented(File.ReadAllLines(file), result);
        }

        return result;
    }

    private static void Documented(string[] lines, Dictionary<string, HashSet<string>> result)
    {
        string? section = null;
        string? table = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                section = CommandIn(line);
                table = null;
            }
            else if (line.StartsWith("| flag (`", StringComparison.Ordinal))
            {
                table = CommandIn(line);
            }
            else if (line.StartsWith("| flag ", StringComparison.Ordinal))
            {
                table = section;
            }
            else if (line.StartsWith("| `-", StringComparison.Ordinal) && table is not null)
            {
                var cell = line.Split('|', StringSplitOptions.RemoveEmptyEntries)[0];
                if (!result.TryGetValue(table, out var flags))
                {
                    result[table] = flags = new HashSet<string>(StringComparer.Ordinal);
                }

                flags.UnionWith(FlagToken().Matches(cell).Select(m => m.Value));
            }
            else if (!line.StartsWith('|'))
            {
                table = line.Trim().Length == 0 ? table : null;
            }
        }
    }

    // "### `oncoanswer runs list|show|prune`" → "runs list"; "| flag (`import csv FILE`)" → "import csv".
    private static string? CommandIn(string line)
    {
        var match = CommandSpan().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(w => w.Length > 0 && char.IsLower(w[0]))
            .Select(w => w.Split('|')[0])
            .Take(2)
            .ToList();
        // Commands with a positional argument (list WHAT) keep only the command word.
        return words.Count == 2 && words[0] is not ("runs" or "import" or "export" or "config" or "kb") ? words[0] : string.Join(' ', words);
    }

    [GeneratedRegex(@"`(?:oncoanswer )?([a-z][^`]*)`")]
    private static partial Regex CommandSpan();

    [GeneratedRegex(@"(?<![\w-])--?[a-z][a-z-]*")]
    private static partial Regex FlagToken();
}
