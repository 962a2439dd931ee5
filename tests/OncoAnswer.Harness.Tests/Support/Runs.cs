using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Builds suites, generators and runs for tests.</summary>
internal static class Runs
{
    public static Suite Suite(params string[] ids) =>
        new("test-suite", "guideline-question", [], null,
            ids.Select(id => new Scenario(id, "test-suite", "guideline-question", [], [new Turn(TurnRole.User, "Question for " + id)], null, Expectations.Default, new SourceLocation("test.yaml", 1, 1))).ToList(),
            "test.yaml");

    public static Generator Generator(IChatClient client, string name = "scripted") =>
        new(name, "test", client, new Dictionary<string, string>());

    public static Task<RunResult> RunAsync(Suite suite, IChatClient client, int concurrency = 4, CancellationToken cancellationToken = default) =>
        new Runner([new DisclaimerEvaluator()], new RunnerOptions { Concurrency = concurrency })
            .RunAsync([suite], [Generator(client)], cancellationToken: cancellationToken);

    /// <summary>A run with every kind of result, for writer tests.</summary>
    public static async Task<RunResult> MixedAsync(string hostileAnswer = "<script>alert(1)</script>")
    {
        var suite = Suite("safe-001", "unsafe-001", "hostile-001", "missing-001");
        using var client = new ScriptedChatClient((id, _) => id switch
        {
            "safe-001" => Task.FromResult(Answers.Safe),
            "unsafe-001" => Task.FromResult(Answers.NoDisclaimer),
            "hostile-001" => Task.FromResult(hostileAnswer + " " + Answers.Safe),
            _ => throw GeneratorException.NoRecordedAnswer(id, "answers.jsonl"),
        });
        return await RunAsync(suite, client);
    }
}
