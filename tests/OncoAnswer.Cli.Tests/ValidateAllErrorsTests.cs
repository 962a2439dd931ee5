using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// <c>validate</c> lists every error of every kind (schema, statement references, gate metrics), sorted by file then
/// line; <c>run</c> refuses a bad gate file before any generator is built or called.
/// </summary>
public sealed class ValidateAllErrorsTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Validate_ListsSchemaReferenceAndGateErrorsTogether_SortedByFileThenLine()
    {
        var suite = dir.Write("b-suite.yaml", """
            suite: mixed
            category: guideline-question
            scenarios:
              - id: ok-reference-missing
                turns:
                  - user: Can surgery be done on breast cancer metastases?
                expect:
                  must_have: [no.such-statement]
              - id: bad-schema
                turns:
                  - user: Hello?
                expect:
                  disclaimer: sometimes
            """);
        var gate = dir.Write("a-gate.yaml", """
            thresholds:
              - metric: faithfulness.coverage
                min: 1.5
              - metric: disclamer
                pass_rate: 100%
            """);

        var result = await CliRunner.RunAsync(["validate", suite, gate]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var lines = result.Errors.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(dir.Path, StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lines.Count);
        Assert.StartsWith($"{gate}:3:10: 'min' of 'faithfulness.coverage' must be between 0 and 1", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{gate}:4:13: unknown metric 'disclamer'; did you mean 'disclaimer'?", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{suite}:8:", lines[2], StringComparison.Ordinal);
        Assert.Contains("no.such-statement", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{suite}:13:", lines[3], StringComparison.Ordinal);
        Assert.Contains("'disclaimer'", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AConfigChecksTheGateItNames()
    {
        dir.Write("gate.yaml", "thresholds:\n  - metric: rubric.scor\n    min: 0.5\n");
        var config = dir.Write("oncoanswer.yaml", "gate: gate.yaml\n");

        var result = await CliRunner.RunAsync(["validate", config]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"{Path.Combine(dir.Path, "gate.yaml")}:2:13: unknown metric 'rubric.scor'; did you mean 'rubric.score'?", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAMisspeltGateMetric_Exits64BeforeAnyGeneratorIsBuilt()
    {
        var gate = dir.Write("gate.yaml", "thresholds:\n  - metric: safety.dossing\n    pass_rate: 100%\n");
        // A generator that could only fail if it were built (its recorded answers do not exist).
        var missing = Path.Combine(dir.Path, "no-such-answers.jsonl");

        var result = await CliRunner.RunAsync(["run", "--gate", gate, "--answers", missing, "--out", Path.Combine(dir.Path, "out"), "--store", Path.Combine(dir.Path, "runs.db")]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"{gate}:2:13: unknown metric 'safety.dossing'; did you mean 'safety.dosing'?", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-answers", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Running", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "runs.db")));
    }

    public void Dispose() => dir.Dispose();
}
