using System.Text.Json;
using System.Xml.Linq;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Reporting;

/// <summary>
/// Issue 19 item 7: a run's outputs are written to unique temporary files and renamed into place as a set, so a failure
/// part-way (or a kill) never leaves truncated files or a mix of two runs' outputs, and two runs sharing a folder do
/// not collide on a fixed temporary name.
/// </summary>
public sealed class OutputSetTests
{
    [Fact]
    public async Task Write_OneOutputFails_LeavesEveryEarlierOutputAsItWas()
    {
        var run = await Support.Runs.MixedAsync();
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(folder);
        var junit = Path.Combine(temp.Path, "junit.xml");
        var csv = Path.Combine(temp.Path, "results.csv");
        var md = Path.Combine(temp.Path, "summary.md");
        foreach (var path in new[] { Path.Combine(folder, "results.json"), Path.Combine(folder, "report.html"), junit, csv, md })
        {
            await File.WriteAllTextAsync(path, "the earlier run's output");
        }

        var blocker = Path.Combine(temp.Path, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var unwritable = Path.Combine(blocker, "sub", "late.csv");

        Assert.ThrowsAny<IOException>(() => RunOutputs.Write(run, Gate.Evaluate(run, GateConfig.Default, null), [folder, junit, csv, md, unwritable]));

        foreach (var path in new[] { Path.Combine(folder, "results.json"), Path.Combine(folder, "report.html"), junit, csv, md })
        {
            Assert.Equal("the earlier run's output", await File.ReadAllTextAsync(path));
        }

        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Write_AnotherWritersTemporaryNameIsTaken_StillWrites()
    {
        var run = await Support.Runs.MixedAsync();
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "out");

        // Another run's temporary file at the name a fixed scheme would use (here a folder, so it cannot be reused).
        Directory.CreateDirectory(Path.Combine(folder, "results.json.tmp"));
        Directory.CreateDirectory(Path.Combine(folder, "report.html.tmp"));

        RunOutputs.Write(run, Gate.Evaluate(run, GateConfig.Default, null), [folder]);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "results.json")));
        Assert.Equal(run.Run.Id, json.RootElement.GetProperty("run").GetProperty("id").GetString());
        Assert.Contains(run.Run.Id, await File.ReadAllTextAsync(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_TwoRunsIntoOneFolderAtOnce_EveryOutputIsWholeAndOfOneRun()
    {
        var mixed = await Support.Runs.MixedAsync();
        var a = mixed with { Run = mixed.Run with { Id = "20260101T000000Z-aaaaaa" } };
        var b = mixed with { Run = mixed.Run with { Id = "20260101T000000Z-bbbbbb" } };
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "out");
        var outputs = new[] { folder, Path.Combine(folder, "junit.xml"), Path.Combine(folder, "results.csv"), Path.Combine(folder, "summary.md") };

        for (var round = 0; round < 10; round++)
        {
            var tasks = new[] { a, b }.Select(run => Task.Run(() => RunOutputs.Write(run, Gate.Evaluate(run, GateConfig.Default, null), outputs))).ToArray();
            await Task.WhenAll(tasks);

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "results.json")));
            var id = json.RootElement.GetProperty("run").GetProperty("id").GetString()!;
            var junit = XDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "junit.xml")));
            Assert.Equal("oncoanswer " + id, junit.Root!.Attribute("name")!.Value);
            Assert.Contains(id, await File.ReadAllTextAsync(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
            Assert.Contains("\r\n" + id + ",", await File.ReadAllTextAsync(Path.Combine(folder, "results.csv")), StringComparison.Ordinal);
            Assert.Contains(id, await File.ReadAllTextAsync(Path.Combine(folder, "summary.md")), StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }
}
