using System.Collections.Concurrent;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

public sealed class SharedAnalysisTests
{
    [Fact]
    public async Task Run_WithEveryDefaultEvaluator_AnalysesEachAnswerAndEachConversationOnce()
    {
        var marker = Guid.NewGuid().ToString("N");
        var ids = new[] { "shared-a", "shared-b", "shared-c" };
        var suite = new Suite("shared", "guideline-question", [], null,
            ids.Select(id => new Scenario(id, "shared", "guideline-question", [], [new Turn(TurnRole.User, $"Question {marker} {id}: can yoga help anxiety?")], null, Expectations.Default, default)).ToList(),
            "shared.yaml");
        using var client = new ScriptedChatClient((id, _) => Task.FromResult($"Answer {marker} {id}. Yoga can ease anxiety. {Answers.Safe}"));
        var created = new ConcurrentBag<string>();
        void OnCreated(AnswerAnalysis analysis)
        {
            if (analysis.Text.Contains(marker, StringComparison.Ordinal))
            {
                created.Add(analysis.Text);
            }
        }

        AnswerAnalysis.Created += OnCreated;
        try
        {
            var evaluators = DefaultEvaluators.Create();
            Assert.True(evaluators.Count >= 7);
            var run = await new Runner(evaluators).RunAsync([suite], [Support.Runs.Generator(client)]);
            Assert.All(run.Results, r => Assert.Equal(Verdict.Pass, r.Verdict));
            Assert.True(run.Results.All(r => r.Metrics.Count == evaluators.Sum(e => e.EvaluationMetricNames.Count)));
        }
        finally
        {
            AnswerAnalysis.Created -= OnCreated;
        }

        foreach (var id in ids)
        {
            Assert.Equal(1, created.Count(t => t.StartsWith($"Answer {marker} {id}.", StringComparison.Ordinal)));
            Assert.Equal(1, created.Count(t => t.StartsWith($"Question {marker} {id}:", StringComparison.Ordinal)));
        }
    }
}
