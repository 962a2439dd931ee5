using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Benchmarks.Tools;

/// <summary>
/// Where the scoring time and allocations of one answer go, stage by stage (analysis, lexicon matches, conversation,
/// then each evaluator in the default order, each reusing what the earlier stages cached): a profiling aid that
/// prints microseconds and kilobytes per answer. The figures to report come from BenchmarkDotNet.
/// </summary>
internal static class ScoringBreakdown
{
    public static async Task<int> RunAsync(int rounds, int words)
    {
        var evaluators = DefaultEvaluators.Create();
        var answers = Enumerable.Range(0, 64).Select(i => RealisticAnswers.Of(words, i)).ToArray();
        var scenarios = ScoringBenchmarks.Scenarios(answers.Length);
        var names = new List<string> { "analysis", "lexicon matches", "conversation", "faithfulness answer index", "reversed restatements" };
        var scorer = new FaithfulnessScorer();
        var none = new HashSet<string>(StringComparer.Ordinal);
        names.AddRange(evaluators.Select(e => e.GetType().Name));
        var ticks = new long[names.Count];
        var bytes = new long[names.Count];
        var clock = new Stopwatch();
        var total = rounds * answers.Length;
        for (var n = 0; n < total; n++)
        {
            var answer = answers[n % answers.Length];
            var stage = 0;
            AnswerAnalysis analysis = null!;
            Measure(() => analysis = AnswerAnalysis.Of(answer));
            Measure(() => analysis.Matches(PhraseLexicon.Embedded));
            var context = new ScenarioContext(scenarios[n % scenarios.Length], analysis);
            Measure(() => _ = context.Conversation);
            Measure(() => scorer.Index.Answer(analysis));
            Measure(() => scorer.ReversedRestatements(analysis, none).Count());
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
            foreach (var evaluator in evaluators)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                clock.Restart();
                await evaluator.EvaluateAsync([], response, null, [context]).ConfigureAwait(false);
                ticks[stage] += clock.ElapsedTicks;
                bytes[stage++] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            void Measure(Action action)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                clock.Restart();
                action();
                ticks[stage] += clock.ElapsedTicks;
                bytes[stage++] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        var sum = 0.0;
        for (var i = 0; i < names.Count; i++)
        {
            var micros = ticks[i] * 1e6 / Stopwatch.Frequency / total;
            sum += micros;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i],-32} {micros,9:0.0} µs {bytes[i] / 1024.0 / total,9:0.0} KB"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-32} {sum,9:0.0} µs  ({1e6 / sum:0} answers/s, {words} words, includes warm-up)"));
        return 0;
    }
}
