using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Benchmarks.Tools;

/// <summary>
/// Scores realistic answers with the full default set in a loop for a while on one thread and prints answers/s: a
/// quick check while profiling (attach dotnet-trace to it). The figures to report come from BenchmarkDotNet.
/// </summary>
internal static class ScoringLoop
{
    /// <summary>Scores for <paramref name="seconds"/>: realistic answers of <paramref name="words"/> words, or (0) the bundled library's recorded answers with their own scenarios.</summary>
    public static async Task<int> RunAsync(int seconds, int words)
    {
        var evaluators = DefaultEvaluators.Create();
        var library = words == 0 ? LibraryBenchmarks.Library() : null;
        var answers = library?.Select(c => c.Answer).ToArray() ?? Enumerable.Range(0, 64).Select(i => RealisticAnswers.Of(words, i)).ToArray();
        var scenarios = library?.Select(c => c.Scenario).ToArray() ?? ScoringBenchmarks.Scenarios(answers.Length);
        // Warm up (JIT tiers), then count answers per wall second and per CPU second of the process (GC included): the
        // CPU figure moves less when other work shares the cores.
        for (var i = 0; i < 2000; i++)
        {
            var context = new ScenarioContext(scenarios[i % scenarios.Length], AnswerAnalysis.Of(answers[i % answers.Length]));
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answers[i % answers.Length]));
            foreach (var evaluator in evaluators)
            {
                await evaluator.EvaluateAsync([], response, null, [context]).ConfigureAwait(false);
            }
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var scored = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var answer = answers[scored % answers.Length];
            var context = new ScenarioContext(scenarios[scored % scenarios.Length], AnswerAnalysis.Of(answer));
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
            foreach (var evaluator in evaluators)
            {
                await evaluator.EvaluateAsync([], response, null, [context]).ConfigureAwait(false);
            }

            scored++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scored / clock.Elapsed.TotalSeconds:0} answers/s, {scored / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0} answers per CPU-second ({(library is null ? $"{words} words" : $"bundled library, {library.Length} answers")}, one thread); {(GC.GetTotalAllocatedBytes() - allocated) / scored / 1024.0:0} KB allocated per answer; GCs gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; heap {GC.GetTotalMemory(false) / 1048576.0:0.0} MB; GC pause {GC.GetTotalPauseDuration().TotalSeconds:0.00} s"));
        return 0;
    }
}
