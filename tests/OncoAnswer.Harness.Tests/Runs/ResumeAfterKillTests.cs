using System.Diagnostics;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.RunHost;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class ResumeAfterKillTests
{
    private const int Scenarios = 8;
    private const int FinishedBeforeKill = 3;

    [Fact]
    public async Task Resume_AfterSigkillMidRun_StoresEveryResultOnceAndDoesNotRegenerateFinishedScenarios()
    {
        using var dir = new TempDir();
        var storePath = Path.Combine(dir.Path, "runs.db");
        await using var server = await LoopbackAnswerServer.StartAsync();
        server.HoldAfter = FinishedBeforeKill;

        // A real child process runs the plan; the 4th request hangs on the server, so exactly 3 results finish.
        var host = Path.Combine(AppContext.BaseDirectory, "OncoAnswer.RunHost.dll");
        using var child = Process.Start(new ProcessStartInfo("dotnet", [host, storePath, server.Url.ToString(), Scenarios.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string runId;
        List<string> finishedBefore;
        try
        {
            var firstLine = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            if (firstLine is null || !firstLine.StartsWith("run ", StringComparison.Ordinal))
            {
                child.Kill(entireProcessTree: true);
                Assert.Fail("the child did not start a run: " + firstLine + await child.StandardError.ReadToEndAsync());
            }

            runId = firstLine[4..];

            // Read the store while the child writes to it (WAL): wait until the finished results are visible.
            using (var reader = SqliteRunStore.Open(storePath))
            {
                for (var i = 0; i < 1200 && reader.FindRun(runId)?.Stored < FinishedBeforeKill; i++)
                {
                    await Task.Delay(100);
                }

                Assert.Equal(FinishedBeforeKill, reader.FindRun(runId)!.Stored);
                Assert.False(reader.FindRun(runId)!.Finished);
                finishedBefore = reader.ReadResults(runId).Select(r => r.ScenarioId).ToList();
            }
        }
        finally
        {
            // SIGKILL on Linux: no cleanup runs in the child (also on the way out of a failed assertion).
            child.Kill(entireProcessTree: true);
        }

        await child.WaitForExitAsync();

        server.HoldAfter = null;
        using var http = new HttpClient();
        using var store = SqliteRunStore.Open(storePath);
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 2 });
        var run = await session.RunAsync(HostPlan.Plan(Scenarios, server.Url, http, resume: runId));

        Assert.Equal(runId, run.Run.Id);
        Assert.False(run.Run.Cancelled);
        Assert.Equal(Scenarios, run.Results.Count);
        Assert.Equal(Scenarios, run.Results.Select(r => r.ScenarioId).Distinct().Count());
        Assert.All(run.Results, r => Assert.Equal(Verdict.Pass, r.Verdict));
        Assert.All(finishedBefore, id => Assert.Equal(1, server.Calls[id]));
        Assert.Equal(Scenarios, server.Calls.Count);
        Assert.True(store.FindRun(runId)!.Finished);
        Assert.Equal(GateOutcome.Passed, Gate.Evaluate(run));
    }
}
