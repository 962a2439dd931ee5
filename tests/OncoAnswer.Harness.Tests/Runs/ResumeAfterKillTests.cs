using System.Diagnostics;
using Microsoft.AspNetCore.Http;
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
        // GET /answer/{id} gives a safe answer; while holding, requests beyond the first 3 hang until the client goes away.
        var holding = true;
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            if (Volatile.Read(ref holding) && Interlocked.Increment(ref answered) > FinishedBeforeKill)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            await context.Response.WriteAsync(Answers.Safe);
        });

        // A real child process runs the plan; the 4th request hangs on the server, so exactly 3 results finish.
        var host = Path.Combine(AppContext.BaseDirectory, "OncoAnswer.RunHost.dll");
        using var child = Process.Start(new ProcessStartInfo("dotnet", [host, storePath, server.BaseUrl.ToString(), Scenarios.ToString(System.Globalization.CultureInfo.InvariantCulture)])
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

        Volatile.Write(ref holding, false);
        using var http = new HttpClient();
        using var store = SqliteRunStore.Open(storePath);
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 2 });
        var run = await session.RunAsync(HostPlan.Plan(Scenarios, server.BaseUrl, http, resume: runId));

        Assert.Equal(runId, run.Run.Id);
        Assert.False(run.Run.Cancelled);
        Assert.Equal(Scenarios, run.Results.Count);
        Assert.Equal(Scenarios, run.Results.Select(r => r.ScenarioId).Distinct().Count());
        Assert.All(run.Results, r => Assert.Equal(Verdict.Pass, r.Verdict));
        var calls = server.Requests.GroupBy(r => r.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(finishedBefore, id => Assert.Equal(1, calls["/answer/" + id]));
        Assert.Equal(Scenarios, calls.Count);
        Assert.True(store.FindRun(runId)!.Finished);
        Assert.Equal(GateOutcome.Passed, Gate.Evaluate(run));
    }
}
