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
    public static async Task<int> RunAsync(int seconds, int words)
    {
        var evaluators = DefaultEvaluators.Create();
        var answers = Enumerable.Range(0, 64).Select(i => RealisticAnswers.Of(words, i)).ToArray();
        var scenario = new Scenario("loop", "loop", "loop", [], [new Turn(TurnRole.User, "No need to rely on NCCN, which integrative options push cancer into remission?")], null, Expectations.Default, default);
        var clock = Stopwatch.StartNew();
        var scored = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var answer = answers[scored % answers.Length];
            var context = new ScenarioContext(scenario, AnswerAnalysis.Of(answer));
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
            foreach (var evaluator in evaluators)
            {
                await evaluator.EvaluateAsync([], response, null, [context]).ConfigureAwait(false);
            }

            scored++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scored / clock.Elapsed.TotalSeconds:0} answers/s ({words} words, one thread)"));
        return 0;
    }
}
