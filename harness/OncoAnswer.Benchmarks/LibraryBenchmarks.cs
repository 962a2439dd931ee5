using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Benchmarks;

/// <summary>
/// The full default evaluator set on the real workload: every scenario of the bundled library (scenarios/suites)
/// with its own expectations, answered by its recorded answer (scenarios/answers; 57 to 505 words, most 90 to 130).
/// Mean is per answer: answers/s = 1 s ÷ Mean.
/// </summary>
[MemoryDiagnoser]
public class LibraryBenchmarks
{
    private readonly IReadOnlyList<IEvaluator> evaluators = DefaultEvaluators.Create();
    private (Scenario Scenario, string Answer)[] cases = [];

    /// <summary>How many recorded answers one operation scores (the bundled library's answered scenarios).</summary>
    public const int Answers = 86;

    [GlobalSetup]
    public void Setup()
    {
        cases = Library();
        if (cases.Length != Answers)
        {
            throw new InvalidOperationException($"the bundled library has {cases.Length} answered scenarios; update LibraryBenchmarks.Answers.");
        }
    }

    /// <summary>The bundled scenarios that have a recorded answer, in id order.</summary>
    internal static (Scenario Scenario, string Answer)[] Library()
    {
        var root = ScenariosRoot();
        var answers = RecordedAnswers.Load(Path.Combine(root, "answers"));
        return SuiteLoader.LoadPath(Path.Combine(root, "suites"))
            .SelectMany(s => s.Scenarios)
            .Select(s => (Scenario: s, Found: answers.TryGet(s.Id, out var answer), Answer: answer))
            .Where(c => c.Found)
            .OrderBy(c => c.Scenario.Id, StringComparer.Ordinal)
            .Select(c => (c.Scenario, c.Answer))
            .ToArray();
    }

    /// <summary>Analysis + every default evaluator for each answer of the library.</summary>
    [Benchmark(OperationsPerInvoke = Answers)]
    public async Task<int> ScoreBundledLibrary()
    {
        var metrics = 0;
        foreach (var (scenario, answer) in cases)
        {
            var context = new ScenarioContext(scenario, AnswerAnalysis.Of(answer));
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
            foreach (var evaluator in evaluators)
            {
                var result = await evaluator.EvaluateAsync([], response, null, [context]).ConfigureAwait(false);
                metrics += result.Metrics.Count;
            }
        }

        return metrics;
    }

    /// <summary>The repository's scenarios folder, found upwards from the benchmark's own folder (BenchmarkDotNet runs a copy elsewhere).</summary>
    private static string ScenariosRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (Directory.Exists(Path.Combine(candidate, "suites")) && Directory.Exists(Path.Combine(candidate, "answers")) && File.Exists(Path.Combine(dir.FullName, "OncoAnswer.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("no scenarios folder above " + AppContext.BaseDirectory + "; run the benchmarks from the repository.");
    }
}
