namespace OncoAnswer.Cli.Tests;

/// <summary>
/// Issue 19 item 8: an output path that cannot be written and a store path that is not a database are input errors
/// (exit 64, the path named) found before any generator is called, not "internal error" (exit 2) after the run.
/// </summary>
public sealed class OutputPathCheckTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-paths-" + Guid.NewGuid().ToString("N")[..12]);

    public OutputPathCheckTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("out")]
    [InlineData("junit.xml")]
    public async Task Run_OutputUnderAFile_Exits64NamingThePathBeforeAnyScenarioRuns(string name)
    {
        var blocker = Path.Combine(dir, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var output = Path.Combine(blocker, name);
        var store = Path.Combine(dir, "runs.db");

        var result = await CliRunner.RunAsync(["run", "--out", output, "--store", store]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.Output + result.Errors);
        Assert.Contains(output, result.Errors.Replace("\n    ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(store), "no run may start (and be stored) before the outputs are known to be writable");
    }

    [Fact]
    public async Task Run_OutputIsAnExistingFolderWithAFileExtension_Exits64()
    {
        var output = Path.Combine(dir, "results.csv");
        Directory.CreateDirectory(output);

        var result = await CliRunner.RunAsync(["run", "--out", output, "--store", Path.Combine(dir, "runs.db")]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.Output + result.Errors);
        Assert.Contains("is a folder, not a file", result.Errors.Replace("\n    ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StoreIsNotADatabase_Exits64NamingThePath()
    {
        var store = Path.Combine(dir, "notes.txt");
        File.WriteAllText(store, "these are my notes, not a database\n");

        var result = await CliRunner.RunAsync(["run", "--out", Path.Combine(dir, "out"), "--store", store]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.Output + result.Errors);
        var errors = result.Errors.Replace("\n    ", "", StringComparison.Ordinal);
        Assert.Contains(store, errors, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", result.Errors.Replace("\n    ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", result.Output, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(store));
    }
}
