using System.Text.Json;

namespace OncoAnswer.Cli.Tests;

/// <summary>Issue 18, bring your own guidelines: <c>kb export</c> and <c>kb import</c> round-trip the knowledge base; bad rows are named by row and column.</summary>
public sealed class KbCommandsTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-kb-" + Guid.NewGuid().ToString("N")[..12]);

    public KbCommandsTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Export_ThenImport_GivesBackEveryStatementWithItsSourceAndReviewDate()
    {
        var csv = Path.Combine(dir, "statements.csv");
        var yaml = Path.Combine(dir, "kb", "statements.yaml");
        var empty = Directory.CreateDirectory(Path.Combine(dir, "empty")).FullName;

        var export = await CliRunner.RunAsync(["kb", "export", "--out", csv]);
        var import = await CliRunner.RunAsync(["kb", "import", csv, "--out", yaml, "--guidelines", empty]);
        var original = await CliRunner.RunAsync(["list", "statements", "--json"]);
        var back = await CliRunner.RunAsync(["list", "statements", "--json", "--guidelines", yaml]);

        Assert.True(export.ExitCode == ExitCodes.Passed, export.Errors);
        Assert.True(import.ExitCode == ExitCodes.Passed, import.Errors);
        var before = Items(original.Output);
        var after = Items(back.Output);
        Assert.True(before.Count >= 250, $"only {before.Count} statements");
        Assert.Equal(before.Count, after.Count);
        foreach (var (b, a) in before.Zip(after))
        {
            foreach (var field in new[] { "id", "kind", "text", "scope", "review_by" })
            {
                Assert.Equal(b.GetProperty(field).ToString(), a.GetProperty(field).ToString());
            }

            Assert.Equal(b.GetProperty("source").ToString(), a.GetProperty("source").ToString());
        }
    }

    [Fact]
    public async Task Import_BadRows_AreAllNamedByRowAndColumn_AndNothingIsWritten()
    {
        var csv = Path.Combine(dir, "team.csv");
        File.WriteAllText(csv,
            "id,kind,text,source_title,source_year,review_by\n" +
            "team.fever,guideline,A fever on chemotherapy is urgent.,ASCO/IDSA guideline,2018,2027-06-01\n" +
            "team.no-source,guideline,Something without a source.,,2020,\n" +
            "team.bad-kind,advice,Walking helps.,ACS guideline,2022,next year\n" +
            "team.fever,guideline,Duplicate id.,Some source,2021,\n");
        var yaml = Path.Combine(dir, "team.yaml");

        var result = await CliRunner.RunAsync(["kb", "import", csv, "--out", yaml]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("row 3, column source_title", result.Errors, StringComparison.Ordinal);
        Assert.Contains("row 4, column kind", result.Errors, StringComparison.Ordinal);
        Assert.Contains("row 4, column review_by", result.Errors, StringComparison.Ordinal);
        Assert.Contains("row 5, column id", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(yaml));
    }

    [Fact]
    public async Task Import_AnIdTheKnowledgeBaseHasAlready_IsRefused()
    {
        var csv = Path.Combine(dir, "clash.csv");
        File.WriteAllText(csv, "id,kind,text,source_title,source_year\nmbc.systemic-first,guideline,Our own wording.,Team protocol,2026\n");

        var result = await CliRunner.RunAsync(["kb", "import", csv, "--out", Path.Combine(dir, "clash.yaml")]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'mbc.systemic-first' is already in the knowledge base", result.Errors, StringComparison.Ordinal);
    }

    private static List<JsonElement> Items(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }
}
