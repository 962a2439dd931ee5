using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Benchmarks;

/// <summary>
/// Each default evaluator on its own, on answers whose analysis (and lexicon matches) is already computed, as in a run
/// where the evaluators share one analysis. Mean is per answer.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private const int Answers = 32;
    private IEvaluator evaluator = null!;
    private ScenarioContext[] contexts = [];
    private ChatResponse[] responses = [];

    /// <summary>The evaluator's type name.</summary>
    [ParamsSource(nameof(EvaluatorNames))]
    public string Evaluator { get; set; } = "";

    /// <summary>Answer length in words.</summary>
    [Params(200, 600)]
    public int Words { get; set; }

    /// <summary>Every default evaluator.</summary>
    public static IEnumerable<string> EvaluatorNames => DefaultEvaluators.Create().Select(e => e.GetType().Name);

    [GlobalSetup]
    public void Setup()
    {
        evaluator = DefaultEvaluators.Create().Single(e => e.GetType().Name == Evaluator);
        var scenario = new Scenario("bench", "bench", "bench", [], [new Turn(TurnRole.User, "Which integrative options push cancer into remission?")], null, Expectations.Default with { Kind = "non-guideline" }, default);
        var answers = Enumerable.Range(0, Answers).Select(i => RealisticAnswers.Of(Words, i)).ToArray();
        contexts = answers.Select(a => new ScenarioContext(scenario, AnswerAnalysis.Of(a))).ToArray();
        responses = answers.Select(a => new ChatResponse(new ChatMessage(ChatRole.Assistant, a))).ToArray();
        foreach (var context in contexts)
        {
            context.Analysis.Matches(PhraseLexicon.Embedded);
            _ = context.Conversation;
        }
    }

    /// <summary>The evaluator on <see cref="Answers"/> analysed answers.</summary>
    [Benchmark(OperationsPerInvoke = Answers)]
    public async Task<int> Evaluate()
    {
        var metrics = 0;
        for (var i = 0; i < contexts.Length; i++)
        {
            var result = await evaluator.EvaluateAsync([], responses[i], null, [contexts[i]]).ConfigureAwait(false);
            metrics += result.Metrics.Count;
        }

        return metrics;
    }
}
