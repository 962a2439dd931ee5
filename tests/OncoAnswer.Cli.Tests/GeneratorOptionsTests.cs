using System.Text.Json;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary><c>run --config/--generator/--no-cache</c> and <c>list generators</c>.</summary>
public sealed class GeneratorOptionsTests : IDisposable
{
    private const string SafeAnswer = "Surgery is used for metastases only in selected cases. This is general information, not medical advice. Please talk with your oncologist.";
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-cli-gen-" + Guid.NewGuid().ToString("N")[..12]);

    public GeneratorOptionsTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Run_NoConfig_UsesTheReferenceGenerator()
    {
        var result = await CliRunner.RunAsync(["run", "--out", dir]);

        Assert.True(result.ExitCode == ExitCodes.Passed, result.Output + result.Errors);
        Assert.Contains("against reference (reference).", result.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        Assert.All(document.RootElement.GetProperty("results").EnumerateArray(), r =>
        {
            Assert.Equal("reference", r.GetProperty("generator").GetString());
            Assert.True(r.GetProperty("latencyMs").GetInt64() >= 0);
        });
    }

    [Fact]
    public async Task Run_GeneratorRecorded_ReplaysTheBundledAnswers()
    {
        var result = await CliRunner.RunAsync(["run", "--generator", "recorded", "--out", dir]);

        Assert.True(result.ExitCode == ExitCodes.Passed, result.Output + result.Errors);
        Assert.Contains("against recorded (replay).", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConfiguredOpenAI_SecondRunHitsTheCache_ZeroCalls()
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion(SafeAnswer)));
        var config = WriteConfig(server, "cache_dir: cache\n");
        Environment.SetEnvironmentVariable("ONCOANSWER_TEST_CLI_KEY", "cli-secret-771");
        var suite = Suite();

        var first = await CliRunner.RunAsync(["run", "--config", config, "--suite", suite, "--out", Path.Combine(dir, "one")]);
        var callsAfterFirst = server.Calls;
        var second = await CliRunner.RunAsync(["run", "--config", config, "--suite", suite, "--out", Path.Combine(dir, "two")]);
        var third = await CliRunner.RunAsync(["run", "--config", config, "--suite", suite, "--no-cache", "--out", Path.Combine(dir, "three")]);

        Assert.True(first.ExitCode == ExitCodes.Passed, first.Output + first.Errors);
        Assert.Equal(ExitCodes.Passed, second.ExitCode);
        Assert.Equal(ExitCodes.Passed, third.ExitCode);
        Assert.Equal(2, callsAfterFirst);
        Assert.Equal(4, server.Calls); // the second run made zero calls; --no-cache called again
        var secondJson = File.ReadAllText(Path.Combine(dir, "two", "results.json"));
        Assert.Contains("\"cached\": true", secondJson, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("cli-secret-771", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_UnsetSecretVariable_Exits64WithFileLine()
    {
        var config = Path.Combine(dir, "oncoanswer.yaml");
        File.WriteAllText(config, "generators:\n  - name: paid\n    type: openai\n    model: gpt\n    api_key: ${ONCOANSWER_TEST_UNSET_VARIABLE}\n");

        var result = await CliRunner.RunAsync(["run", "--config", config, "--out", dir]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"{config}:5:14: environment variable ONCOANSWER_TEST_UNSET_VARIABLE is not set", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "results.json")));
    }

    [Fact]
    public async Task Run_UnknownGenerator_Exits64NamingTheConfigured()
    {
        var result = await CliRunner.RunAsync(["run", "--generator", "refrence", "--out", dir]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no generator named 'refrence'; did you mean 'reference'?", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListGenerators_MasksLiteralSecretsAndShowsReferences()
    {
        var config = Path.Combine(dir, "oncoanswer.yaml");
        File.WriteAllText(config, "run: [product]\ngenerators:\n  - name: product\n    type: http\n    url: https://example.test/\n    headers: { Authorization: \"Bearer ${TOKEN}\", X-Key: plain-secret-42 }\n    body: '{}'\n    answer_path: a\n  - name: reference\n    type: reference\n");

        var result = await CliRunner.RunAsync(["list", "generators", "--config", config]);

        Assert.Equal(ExitCodes.Passed, result.ExitCode);
        Assert.Contains("product (http) default", result.Output, StringComparison.Ordinal);
        Assert.Contains("  headers.Authorization: Bearer ${TOKEN}", result.Output, StringComparison.Ordinal);
        Assert.Contains("  headers.X-Key: ***", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-secret-42", result.Output, StringComparison.Ordinal);
    }

    private string WriteConfig(LoopbackServer server, string extra)
    {
        var path = Path.Combine(dir, "oncoanswer.yaml");
        File.WriteAllText(path, $"{extra}generators:\n  - name: model\n    type: openai\n    base_url: {server.BaseUrl}v1\n    model: m\n    api_key: ${{ONCOANSWER_TEST_CLI_KEY}}\n    retries: 0\n");
        return path;
    }

    private string Suite()
    {
        var path = Path.Combine(dir, "suite.yaml");
        File.WriteAllText(path, "suite: s\ncategory: guideline-question\nscenarios:\n  - id: a-001\n    turns:\n      - user: Can surgery be done on metastases?\n  - id: b-001\n    turns:\n      - user: Is surgery routine for metastases?\n");
        return path;
    }
}
