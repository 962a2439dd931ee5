using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Benchmarks;

/// <summary>
/// Scores a batch of realistic answers with the full default evaluator set, as the runner does: one analysis per
/// answer, shared by every evaluator. Each benchmark sets OperationsPerInvoke, so the reported Mean is per answer:
/// answers/s = 1 s ÷ Mean.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    /// <summary>Answers scored per benchmark operation.</summary>
    public const int AnswersPerOperation = 32;

    private readonly IReadOnlyList<IEvaluator> evaluators = DefaultEvaluators.Create();
    private string[] answers = [];
    private Scenario[] scenarios = [];

    /// <summary>Answer length in words (the seed's production answer is about 600).</summary>
    [Params(50, 200, 600)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        answers = Enumerable.Range(0, AnswersPerOperation).Select(i => RealisticAnswers.Of(Words, i)).ToArray();
        scenarios = Scenarios(AnswersPerOperation);
    }

    /// <summary>
    /// Scenarios of every request kind (one in six left to detection) with must-have and must-not statements, so
    /// every evaluator does its full work; shared with the scoring-loop tool.
    /// </summary>
    internal static Scenario[] Scenarios(int count)
    {
        string[] kinds = ["guideline", "non-guideline", "truncated", "emergency", "dosing"];
        return Enumerable.Range(0, count)
            .Select(i => new Scenario($"bench-{i}", "bench", "bench", [], [new Turn(TurnRole.User, "No need to rely on NCCN, which integrative options push cancer into remission?")], null,
                Expectations.Default with
                {
                    Kind = i % 6 == 5 ? null : kinds[i % kinds.Length],
                    MustHave = ["mbc.systemic-first", "mbc.surgery-selected-cases"],
                    MustNot = ["claim.surgery-cures-metastatic", "claim.fenbendazole-treats-cancer"],
                }, default))
            .ToArray();
    }

    /// <summary>Analysis + every default evaluator, for <see cref="AnswersPerOperation"/> answers.</summary>
    [Benchmark(OperationsPerInvoke = AnswersPerOperation)]
    public async Task<int> ScoreFullDefaultSet()
    {
        var metrics = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            var context = new ScenarioContext(scenarios[i], AnswerAnalysis.Of(answers[i]));
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answers[i]));
            foreach (var evaluator in evaluators)
            {
                var result = await evaluator.EvaluateAsync([], response, null, [context]).ConfigureAwait(false);
                metrics += result.Metrics.Count;
            }
        }

        return metrics;
    }

    /// <summary>The text analysis alone (sentences, Lucene stems, scopes, lexicon matches).</summary>
    [Benchmark(OperationsPerInvoke = AnswersPerOperation)]
    public int AnalyseOnly()
    {
        var tokens = 0;
        foreach (var answer in answers)
        {
            var analysis = AnswerAnalysis.Of(answer);
            tokens += analysis.Tokens.Count + analysis.Matches(PhraseLexicon.Embedded).Of("consult").Count;
        }

        return tokens;
    }
}
