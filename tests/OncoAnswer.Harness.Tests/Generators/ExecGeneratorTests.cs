using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

/// <summary>The exec generator with small shell scripts.</summary>
public sealed class ExecGeneratorTests : IDisposable
{
    private const string Secret = "s3cr3t-value-9f2";
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Script_GetsConversationJsonOnStdin_AnswerFromStdoutIsScored()
    {
        Script("answer.sh", $"cat > \"$(dirname \"$0\")/input.json\"\nprintf '%s\\n' '{Answers.Safe}'\n");

        var run = await RunAsync("answer.sh");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(Answers.Safe, result.Answer);
        using var input = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "input.json")));
        Assert.Equal("q-001", input.RootElement.GetProperty("scenario_id").GetString());
        Assert.Equal("Question for q-001", input.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task NonZeroExit_IsAnErrorCarryingTheTailOfStderr()
    {
        Script("fail.sh", "cat > /dev/null\necho 'loading model' >&2\necho 'fatal: model file missing' >&2\nexit 3\n");

        var run = await RunAsync("fail.sh");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("exited with code 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("fatal: model file missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnsiEscapesOnStderr_AreStrippedFromTheErrorAndTheSummary()
    {
        // Issue 19 item 11: colours, a window title (OSC) and cursor moves from a CLI tool must not reach logs or summary.md.
        Script("ansi.sh", "cat > /dev/null\nprintf '\\033[1;31mfatal:\\033[0m model \\033[4mfile\\033[24m missing\\033]0;pwned title\\007\\033[2K\\033(B\\n' >&2\nexit 2\n");

        var run = await RunAsync("ansi.sh");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("fatal: model file missing", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error!);
        Assert.DoesNotContain("[31m", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("pwned title", result.Error, StringComparison.Ordinal);
        var summary = MarkdownSummaryWriter.Render(run, Gate.Evaluate(run, GateConfig.Default, null));
        Assert.Contains("fatal: model file missing", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("[31m", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_KillsTheProcessAndIsAnError()
    {
        Script("slow.sh", "sleep 30\n");

        var run = await RunAsync("slow.sh", "timeout_seconds: 0.5\n");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("within", result.Error, StringComparison.Ordinal);
        Assert.Contains("0.5 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCommand_IsAnErrorSayingWhat()
    {
        var run = await RunAsync("does-not-exist.sh");

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("could not start", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretFromEnvironment_ReachesTheScript_ButNeverResultsStoreOrReport()
    {
        // The script sees the secret and echoes it in its answer and in a failure: both must be masked.
        Script("leaky.sh", "cat > /dev/null\necho \"token=$API_TOKEN $1\"\necho 'This is general information, not medical advice. Please talk with your oncologist.'\n");
        Script("leaky-fail.sh", "cat > /dev/null\necho \"auth failed for $API_TOKEN\" >&2\nexit 1\n");
        var suite = Support.Runs.Suite("q-001");
        var ok = Generator("leaky.sh", name: "leaky");
        var failing = Generator("leaky-fail.sh", name: "leaky-fail");

        var run = await new Runner(DefaultEvaluators.Create()).RunAsync([suite], [ok, failing]);

        Assert.Contains("token=***", run.Results.Single(r => r.Generator == "leaky").Answer, StringComparison.Ordinal);
        Assert.Contains("auth failed for ***", run.Results.Single(r => r.Generator == "leaky-fail").Error, StringComparison.Ordinal);
        var json = Path.Combine(dir.Path, "results.json");
        var html = Path.Combine(dir.Path, "report.html");
        ResultsJsonWriter.Write(run, json);
        new HtmlReportWriter().Write(run, html);
        using (var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db")))
        {
            store.BeginRun(run.Run, run.Planned);
            foreach (var result in run.Results)
            {
                store.Append(run.Run.Id, result);
            }

            store.FinishRun(run.Run);
            Assert.Equal(2, store.ReadResults(run.Run.Id).Count());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the file so its bytes can be read below
        Assert.DoesNotContain(Secret, File.ReadAllText(json), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, File.ReadAllText(html), StringComparison.Ordinal);
        Assert.All(new[] { ok, failing }, g => Assert.DoesNotContain(Secret, string.Join(" ", g.Settings.Values), StringComparison.Ordinal));
        Assert.Equal("${API_TOKEN}", ok.Settings["env.API_TOKEN"]);
        Assert.DoesNotContain(Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal));
    }

    private void Script(string name, string body)
    {
        var path = dir.Write(name, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private Harness.Generators.Generator Generator(string script, string extra = "", string name = "local") =>
        Support.Generators.FromYaml(
            $"""
            generators:
              - name: {name}
                type: exec
                command: ./{script}
                args: [--secret-arg-free]
                env:
                  API_TOKEN: ${"{"}API_TOKEN{"}"}
                retry_delay_ms: 10
                retries: 0
                {extra}
            """,
            dir.Path,
            new Dictionary<string, string> { ["API_TOKEN"] = Secret });

    private Task<RunResult> RunAsync(string script, string extra = "") =>
        new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [Generator(script, extra)]);
}
