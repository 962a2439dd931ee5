using BenchmarkDotNet.Attributes;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Benchmarks;

/// <summary>
/// Writing a scored run: the results JSON and the HTML report, for runs of realistic answers scored by the default
/// evaluators (built once in setup). Mean is per run.
/// </summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private RunResult run = null!;

    /// <summary>Results in the run.</summary>
    [Params(100, 1000)]
    public int Results { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenarios = Enumerable.Range(0, Results)
            .Select(i => new Scenario($"bench-{i:D5}", "bench", i % 3 == 0 ? "guideline" : "integrative", ["bench"], [new Turn(TurnRole.User, "Which integrative options push cancer into remission?")], null, Expectations.Default, default))
            .ToList();
        var suite = new Suite("bench", "guideline", [], null, scenarios, "bench.yaml");
        var client = new Microsoft.Extensions.AI.ChatClientBuilder(new FixedAnswers()).Build();
        var generator = new Generator("bench", "bench", client, new Dictionary<string, string>());
        run = new Runner(Harness.Evaluators.DefaultEvaluators.Create()).RunAsync([suite], [generator]).GetAwaiter().GetResult();
    }

    /// <summary>The results JSON (schema 1) to a discarding stream.</summary>
    [Benchmark]
    public long ResultsJson()
    {
        using var stream = new CountingStream();
        ResultsJsonWriter.Write(run, stream);
        return stream.Length;
    }

    /// <summary>The self-contained HTML report.</summary>
    [Benchmark]
    public int HtmlReport() => new HtmlReportWriter().Render(run).Length;
}
