using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// <c>run</c> outside a project stops with a usage error that says what it looked for and how to start; the library
/// shipped with the tool runs only when asked for with <c>--suite bundled</c>; <c>init</c> points its recorded-answers
/// generator at the scenarios/answers folder, so every file added there is read.
/// </summary>
public sealed class ProjectDiscoveryTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Run_InAnEmptyFolder_Exits64AndNamesWhatItLookedFor_ButRunsTheBundledLibraryWhenAsked()
    {
        var outside = await ChildProcess.RunAsync(ChildProcess.Cli, ["run"], dir.Path);

        Assert.Equal(ExitCodes.UsageError, outside.ExitCode);
        Assert.Contains($"not in an oncoanswer project: {dir.Path} has no oncoanswer.yaml and no scenarios/suites folder.", outside.Errors, StringComparison.Ordinal);
        Assert.Contains("'oncoanswer init'", outside.Errors, StringComparison.Ordinal);
        Assert.Contains("--suite bundled", outside.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".oncoanswer")));

        var bundled = await ChildProcess.RunAsync(ChildProcess.Cli, ["run", "--suite", "bundled", "--generator", "reference"], dir.Path);

        Assert.True(bundled.ExitCode == ExitCodes.Passed, bundled.Output + bundled.Errors);
        Assert.Matches(@"Running \d{3} scenarios from \d+ suite\(s\) against reference \(reference\)\.", bundled.Output);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.html")));
    }

    [Fact]
    public async Task Run_WithAConfigThatNamesNoSuites_OutsideAProjectFolder_Exits64NamingTheConfig()
    {
        var config = dir.Write("oncoanswer.yaml", "concurrency: 2\n");

        var result = await ChildProcess.RunAsync(ChildProcess.Cli, ["run"], dir.Path);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"no suites to run: {config} names no 'suites'", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelp_DocumentsTheReservedBundledSuite()
    {
        var help = await CliRunner.RunAsync(["run", "--help"]);

        Assert.Contains("The reserved name 'bundled' is the scenario library shipped with the tool", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_PointsRecordedAnswersAtTheFolder_AndRunReadsEveryFileInIt()
    {
        Assert.Equal(ExitCodes.Passed, (await CliRunner.RunAsync(["init", dir.Path])).ExitCode);
        var config = Path.Combine(dir.Path, "oncoanswer.yaml");
        Assert.Contains("answers: scenarios/answers ", File.ReadAllText(config), StringComparison.Ordinal);
        Assert.DoesNotContain("example.jsonl", File.ReadAllText(config), StringComparison.Ordinal);

        // Move the last recorded answer into a second file: the run still finds all of them.
        var example = Path.Combine(dir.Path, "scenarios", "answers", "example.jsonl");
        var lines = File.ReadAllLines(example).ToList();
        File.WriteAllLines(Path.Combine(dir.Path, "scenarios", "answers", "more.jsonl"), [lines[^1]]);
        File.WriteAllLines(example, lines[..^1]);

        var run = await CliRunner.RunAsync(["run", "--config", config, "--generator", "recorded"]);

        Assert.True(run.ExitCode == ExitCodes.Passed, run.Output + run.Errors);
        Assert.Contains("passed: 4 pass, 0 fail, 0 review, 0 error of 4 planned.", run.Output, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(dir.Path, "scenarios", "answers", "more.jsonl"), "{\"scenarioId\": 7}\n");
        var broken = await CliRunner.RunAsync(["run", "--config", config, "--generator", "recorded"]);

        Assert.Equal(ExitCodes.UsageError, broken.ExitCode);
        Assert.Contains(Path.Combine(dir.Path, "scenarios", "answers", "more.jsonl") + ":2:1: \"scenarioId\" is missing or not a non-empty string.", broken.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
