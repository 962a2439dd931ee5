namespace OncoAnswer.Cli.Tests;

/// <summary>
/// Issue 19 item 9: a 100 KB YAML file nested 50,000 levels deep used to overflow the stack (exit 134, the process
/// gone) in suites, oncoanswer.yaml and gate files; now it is an input error at the file and line.
/// </summary>
public sealed class YamlDepthTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-depth-" + Guid.NewGuid().ToString("N")[..12]);

    public YamlDepthTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("suite")]
    [InlineData("config")]
    [InlineData("gate")]
    public async Task DeeplyNestedYaml_IsAnInputErrorAtItsLine(string kind)
    {
        var deep = new string('[', 50_000) + new string(']', 50_000);
        var file = Path.Combine(dir, kind + ".yaml");
        File.WriteAllText(file, kind switch
        {
            "suite" => "suite: deep\ncategory: benign\nscenarios: " + deep + "\n",
            "config" => "defaults:\n  concurrency: 1\ngenerators: " + deep + "\n",
            _ => "fail_on_regression: true\nthresholds: " + deep + "\n",
        });
        string[] args = kind switch
        {
            "suite" => ["validate", file],
            "config" => ["run", "--config", file, "--out", Path.Combine(dir, "out"), "--store", Path.Combine(dir, "runs.db")],
            _ => ["run", "--gate", file, "--out", Path.Combine(dir, "out"), "--store", Path.Combine(dir, "runs.db")],
        };

        var result = await CliRunner.RunAsync(args);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.Errors);
        Assert.Contains($"{file}:{(kind == "gate" ? 2 : 3)}:", result.Errors.Replace("\n    ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("deeper than 64 levels", result.Errors, StringComparison.Ordinal);
        Assert.True(result.Errors.Length < 2_000, result.Errors);
    }
}
