using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.RunHost;

/// <summary>The plan the child process runs and the test resumes: the same suite and generator on both sides.</summary>
public static class HostPlan
{
    public static Suite Suite(int count) =>
        new("crash-suite", "guideline-question", [], null,
            Enumerable.Range(1, count).Select(i => $"crash-{i:000}")
                .Select(id => new Scenario(id, "crash-suite", "guideline-question", [], [new Turn(TurnRole.User, "Question for " + id)], null, Expectations.Default, new SourceLocation("crash.yaml", 1, 1)))
                .ToList(),
            "crash.yaml");

    public static RunPlan Plan(int count, Uri server, HttpClient http, string? resume = null) =>
        new([Suite(count)], [new Generator("loopback", "http", new LoopbackChatClient(http, server), new Dictionary<string, string> { ["url"] = server.ToString() })])
        {
            ResumeRunId = resume,
        };
}
