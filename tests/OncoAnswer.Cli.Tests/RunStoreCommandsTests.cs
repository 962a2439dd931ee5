using System.Net;
using System.Net.Sockets;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Cli.Tests;

/// <summary>The run store through the CLI: prune keeps what may still run, the per-run lock refuses a second resume, store addresses.</summary>
public sealed class RunStoreCommandsTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public RunStoreCommandsTests() => Directory.CreateDirectory(dir);

    private string Store => Path.Combine(dir, "runs.db");

    private static string[] Seed =>
        ["--suite", Path.Combine(AppContext.BaseDirectory, "scenarios", "suites", "seed-conversations.yaml"), "--answers", Path.Combine(AppContext.BaseDirectory, "scenarios", "answers", "reference.jsonl")];

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task RunsPrune_KeepsAYoungUnfinishedRunAndSaysSo_UntilItIsOlderThanKeepUnfinished()
    {
        var finished = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "out")]);
        Assert.True(finished.ExitCode == ExitCodes.Passed, finished.Output + finished.Errors);
        var now = DateTimeOffset.UtcNow;
        using (var store = SqliteRunStore.Open(Store))
        {
            // A run that began five minutes ago and has not finished: it may still be running in another process.
            store.BeginRun(new RunRecord("20990101T000000Z-young1", now.AddMinutes(-5), now.AddMinutes(-5), ["s"], ["g"], "1.0.0", false), 3);
        }

        var pruned = await CliRunner.RunAsync(["runs", "prune", "--keep", "0", "--store", Store]);

        Assert.True(pruned.ExitCode == ExitCodes.Passed, pruned.Output + pruned.Errors);
        Assert.Matches(@"deleted \d{8}T\d{6}Z-", pruned.Output);
        Assert.Contains("kept    20990101T000000Z-young1: unfinished, started 5 min ago (younger than 24 h", pruned.Output, StringComparison.Ordinal);
        Assert.Contains("pruned 1 run(s); kept the newest 0 and 1 older run(s) that may still be running.", pruned.Output, StringComparison.Ordinal);

        var later = await CliRunner.RunAsync(["runs", "prune", "--keep", "0", "--keep-unfinished", "30s", "--store", Store]);
        Assert.Contains("deleted 20990101T000000Z-young1", later.Output, StringComparison.Ordinal);
        Assert.Contains("0 run(s) in", (await CliRunner.RunAsync(["runs", "list", "--store", Store])).Output, StringComparison.Ordinal);

        var bad = await CliRunner.RunAsync(["runs", "prune", "--keep", "1", "--keep-unfinished", "soon", "--store", Store]);
        Assert.Equal(ExitCodes.UsageError, bad.ExitCode);
        Assert.Contains("--keep-unfinished must be an age such as 90m, 24h or 7d", bad.Output + bad.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunResume_WhileAnotherProcessHoldsTheRun_Exits64NamingTheHolder_AndStoresNothing()
    {
        var first = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "out")]);
        Assert.True(first.ExitCode == ExitCodes.Passed, first.Output + first.Errors);
        var runId = first.Output.Split('\n').First(l => l.StartsWith("run ", StringComparison.Ordinal))[4..].Trim();
        using var store = SqliteRunStore.Open(Store);
        var before = store.FindRun(runId)!.Stored;

        using (store.LockRun(runId))
        {
            var second = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--resume", runId, "--out", Path.Combine(dir, "out2")]);

            Assert.Equal(ExitCodes.UsageError, second.ExitCode);
            Assert.Contains($"run '{runId}' is locked: another oncoanswer is writing it (pid {Environment.ProcessId} on {Environment.MachineName}", second.Errors, StringComparison.Ordinal);
            // The output folder may exist (its writability is checked before the run); nothing is written into it.
            Assert.False(Directory.Exists(Path.Combine(dir, "out2")) && Directory.EnumerateFileSystemEntries(Path.Combine(dir, "out2")).Any());
            var show = await CliRunner.RunAsync(["runs", "show", runId, "--store", Store]);
            Assert.Contains($"writing:    pid {Environment.ProcessId} on {Environment.MachineName}", show.Output, StringComparison.Ordinal);
        }

        Assert.Equal(before, store.FindRun(runId)!.Stored);
    }

    [Fact]
    public async Task StoreAddress_FromTheEnvironment_IsUsed_AndAnUnreachableServerExits64WithoutThePassword()
    {
        await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "out")]);
        var listed = await CliRunner.RunAsync(["runs", "list"], name => name == "ONCOANSWER_STORE" ? Store : null);
        Assert.Contains($"1 run(s) in {Store}", listed.Output, StringComparison.Ordinal);

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Func<string, string?> env = name => name switch
        {
            "ONCOANSWER_STORE" => $"postgres://ci@127.0.0.1:{port}/oncoanswer?connect_timeout=5",
            "PGPASSWORD" => "pw-that-must-not-show",
            _ => null,
        };

        foreach (var command in new[] { new[] { "runs", "list" }, ["run", .. Seed, "--out", Path.Combine(dir, "never")] })
        {
            var unreachable = await CliRunner.RunAsync(command, env);
            Assert.Equal(ExitCodes.UsageError, unreachable.ExitCode);
            Assert.Contains($"postgresql://ci@127.0.0.1:{port}/oncoanswer", unreachable.Errors, StringComparison.Ordinal);
            Assert.Contains("cannot reach the PostgreSQL run store", unreachable.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("pw-that-must-not-show", unreachable.Output + unreachable.Errors, StringComparison.Ordinal);
        }

        // The output folder may exist (its writability is checked before the run); nothing is written into it.
        Assert.False(Directory.Exists(Path.Combine(dir, "never")) && Directory.EnumerateFileSystemEntries(Path.Combine(dir, "never")).Any());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("../up")]
    [InlineData("semi;colon")]
    public async Task RunId_Malformed_IsAUsageError(string id)
    {
        var result = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--run-id", id]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--run-id must be 1-100 letters, digits", result.Output + result.Errors, StringComparison.Ordinal);
    }
}
