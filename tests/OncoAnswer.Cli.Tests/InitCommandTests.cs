using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary><c>oncoanswer init</c> then <c>oncoanswer run</c> in an empty folder: from nothing to a report in two commands.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task InitThenRun_InEmptyFolder_PassesAndWritesReportAndJUnit()
    {
        var init = await ChildProcess.RunAsync(ChildProcess.Cli, ["init"], dir.Path);
        Assert.True(init.ExitCode == ExitCodes.Passed, init.Output + init.Errors);
        Assert.True(File.Exists(Path.Combine(dir.Path, "oncoanswer.yaml")));

        var run = await ChildProcess.RunAsync(ChildProcess.Cli, ["run"], dir.Path);

        Assert.True(run.ExitCode == ExitCodes.Passed, run.Output + run.Errors);
        Assert.Contains("against reference (reference), recorded (replay)", run.Output, StringComparison.Ordinal);
        Assert.Contains("passed: 8 pass, 0 fail, 0 review, 0 error of 8 planned.", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.html")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "junit.xml")));
        Assert.True(File.Exists(Path.Combine(dir.Path, ".oncoanswer", "runs.db")));
    }

    [Fact]
    public async Task Init_ExistingFiles_AreKeptUnlessForced()
    {
        var config = dir.Write("oncoanswer.yaml", "out: [mine]\n");

        var again = await CliRunner.RunAsync(["init", dir.Path]);

        Assert.Equal(ExitCodes.UsageError, again.ExitCode);
        Assert.Contains(config, again.Errors, StringComparison.Ordinal);
        Assert.Contains("--force", again.Errors, StringComparison.Ordinal);
        Assert.Equal("out: [mine]\n", File.ReadAllText(config));

        var forced = await CliRunner.RunAsync(["init", dir.Path, "--force"]);
        Assert.Equal(ExitCodes.Passed, forced.ExitCode);
        Assert.Contains("generators:", File.ReadAllText(config), StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
