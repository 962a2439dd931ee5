using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>defaults &lt; oncoanswer.yaml &lt; ONCOANSWER_* &lt; flags, as <c>config show</c> and <c>run</c> see them.</summary>
public sealed class LayeredConfigTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task ConfigShow_EachLayerOverridesTheOneBelow()
    {
        var config = dir.Write("oncoanswer.yaml", "concurrency: 3\nstore: file.db\nout: [from-file]\ngate: gate.yaml\n");
        var env = new Dictionary<string, string> { ["ONCOANSWER_STORE"] = "env.db", ["ONCOANSWER_OUT"] = "env-a, env-b" };

        var result = await CliRunner.RunAsync(["config", "show", "--config", config, "--out", "flag-out"], Env(env));

        Assert.True(result.ExitCode == ExitCodes.Passed, result.Output + result.Errors);
        Assert.Matches(@"\| concurrency +\| 3 +\| oncoanswer.yaml:1 +\|", result.Output);
        Assert.Matches(@"\| store +\| env.db +\| env ONCOANSWER_STORE +\|", result.Output);
        Assert.Matches(@"\| out +\| flag-out +\| flag --out +\|", result.Output);
        Assert.Matches(@"\| gate +\| " + System.Text.RegularExpressions.Regex.Escape(Path.Combine(dir.Path, "gate.yaml")) + @" +\| oncoanswer.yaml:4 +\|", result.Output);
        Assert.Matches(@"\| baseline +\| \(none\) +\| default +\|", result.Output);
    }

    [Fact]
    public async Task ConfigShow_MasksSecrets()
    {
        var config = dir.Write("oncoanswer.yaml", """
            generators:
              - name: gpt
                type: openai
                model: gpt-4o-mini
                api_key: sk-literal-secret-123
              - name: product
                type: http
                url: http://127.0.0.1:9/chat
                body: '{"q": {{ question }}}'
                answer_path: reply
                headers:
                  Authorization: Bearer ${PRODUCT_TOKEN}
            """);

        var result = await CliRunner.RunAsync(["config", "show", "--config", config], Env(new() { ["PRODUCT_TOKEN"] = "tok-from-env-456" }));

        Assert.True(result.ExitCode == ExitCodes.Passed, result.Output + result.Errors);
        Assert.DoesNotContain("sk-literal-secret-123", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-from-env-456", result.Output, StringComparison.Ordinal);
        Assert.Contains("api_key: ***", result.Output, StringComparison.Ordinal);
        Assert.Contains("headers.Authorization: Bearer ${PRODUCT_TOKEN}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UsesEnvironmentAndFileSettings()
    {
        var config = dir.Write("oncoanswer.yaml", $"suites: [{RepoPaths.Of("scenarios", "suites", "seed-conversations.yaml")}]\nout: [file-out]\n");
        var store = Path.Combine(dir.Path, "env-store.db");

        var result = await CliRunner.RunAsync(["run", "--config", config], Env(new() { ["ONCOANSWER_STORE"] = store }));

        Assert.True(result.ExitCode == ExitCodes.Passed, result.Output + result.Errors);
        Assert.Contains("Running 7 scenarios from 1 suite(s)", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "file-out", "results.json")), result.Output);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public async Task BadEnvironmentValue_Exits64NamingTheVariable()
    {
        var result = await CliRunner.RunAsync(["config", "show"], Env(new() { ["ONCOANSWER_CONCURRENCY"] = "lots" }));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("environment variable ONCOANSWER_CONCURRENCY", result.Errors, StringComparison.Ordinal);
        Assert.Contains("'lots'", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFileValue_Exits64WithFileLineColumn()
    {
        var config = dir.Write("oncoanswer.yaml", "concurrency: 0\nno_cache: maybe\n");

        var result = await CliRunner.RunAsync(["config", "show", "--config", config]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(config + ":1:14: 'concurrency' must be a whole number from 1 to 1024", result.Errors, StringComparison.Ordinal);
        Assert.Contains(config + ":2:11: 'no_cache' must be true or false", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisclaimerPolicy_FromTheConfigFile_AppliesWhereTheSuiteStatesNone_AndAFlagOverridesIt()
    {
        var suite = dir.Write("joint.yaml", """
            suite: joint
            category: guideline-question
            scenarios:
              - id: joint-001
                turns: [{ user: Does letrozole cause joint pain? }]
                expect: { kind: guideline }
            """);
        var answers = dir.Write("answers.jsonl", """{"scenarioId": "joint-001", "answer": "Joint aches are common with aromatase inhibitors and often ease with regular exercise. Please talk to your oncologist if they bother you."}""" + "\n");
        var config = dir.Write("oncoanswer.yaml", "disclaimer: consult\n");
        string[] run = ["run", "--config", config, "--suite", suite, "--answers", answers, "--store", Path.Combine(dir.Path, "runs.db"), "--out", Path.Combine(dir.Path, "out")];

        var consultOnly = await CliRunner.RunAsync(run);
        var required = await CliRunner.RunAsync([.. run, "--disclaimer", "required"]);
        var bad = await CliRunner.RunAsync([.. run, "--disclaimer", "sometimes"]);

        Assert.True(consultOnly.ExitCode == ExitCodes.Passed, consultOnly.Output + consultOnly.Errors);
        Assert.True(required.ExitCode == ExitCodes.GateFailed, required.Output + required.Errors);
        Assert.Contains("disclaimer", required.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, bad.ExitCode);
        Assert.Contains("--disclaimer must be one of", bad.Output + bad.Errors, StringComparison.Ordinal);
    }

    private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);

    public void Dispose() => dir.Dispose();
}
