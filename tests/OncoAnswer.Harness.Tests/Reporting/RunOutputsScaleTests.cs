using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Reporting;

/// <summary>Folder outputs of very large runs: results.json always, report.html only up to the limit, never a stale one.</summary>
public sealed class RunOutputsScaleTests
{
    [Fact]
    public async Task Write_FolderAboveReportLimit_WritesResultsLeavesReportOutAndSaysHow()
    {
        var small = await Support.Runs.MixedAsync();
        var one = small.Results[0];
        var many = Enumerable.Range(0, RunOutputs.FolderReportLimit + 1).Select(i => one with { ScenarioId = $"s-{i:D6}", Position = i }).ToList();
        var run = small with { Planned = many.Count, Results = many };
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), "<html>an earlier run</html>");
        var notices = new List<string>();

        var written = RunOutputs.Write(run, Gate.Evaluate(run, GateConfig.Default, null), [folder], null, notices.Add);

        Assert.Equal([Path.GetFullPath(Path.Combine(folder, "results.json"))], written);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")), "a report of an earlier run must not stay next to this run's results");
        var notice = Assert.Single(notices);
        Assert.Contains("report.html left out", notice, StringComparison.Ordinal);
        Assert.Contains("--out ", notice, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(written[0]));
        Assert.Equal(many.Count, json.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Write_ExplicitHtmlPath_IsWrittenAtAnySize()
    {
        var run = await Support.Runs.MixedAsync();
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "r.html");
        var notices = new List<string>();

        RunOutputs.Write(run, Gate.Evaluate(run, GateConfig.Default, null), [path], null, notices.Add);

        Assert.True(File.Exists(path));
        Assert.Empty(notices);
    }
}
