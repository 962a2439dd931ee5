using System.Globalization;
using BenchmarkDotNet.Running;
using OncoAnswer.Benchmarks.Tools;

// Benchmarks: ScoringBenchmarks (analysis, full default set), EvaluatorBenchmarks (each evaluator), OutputBenchmarks
// (results JSON, HTML report). Usage:
//   dotnet run -c Release --project harness/OncoAnswer.Benchmarks -- --filter '*' [--job short]   BenchmarkDotNet
//   ... -- scale-data N FOLDER SCENARIOS_ROOT          synthetic suites + recorded answers (scripts/scale.sh)
//   ... -- scoring-loop SECONDS WORDS                  quick answers/s on one thread (for profiling; WORDS 0: the bundled library)
//   ... -- scoring-breakdown ROUNDS WORDS             µs and KB per answer, stage by stage (for profiling)
//   ... -- loopback-server LATENCY_MS URL_FILE MAX_S   fixed-latency answer service (scripts/concurrency.sh)
return args switch
{
    ["scale-data", var n, var folder, var root] => ScaleData.Write(int.Parse(n, CultureInfo.InvariantCulture), folder, root),
    ["scoring-loop", var seconds, var words] => await ScoringLoop.RunAsync(int.Parse(seconds, CultureInfo.InvariantCulture), int.Parse(words, CultureInfo.InvariantCulture)),
    ["scoring-breakdown", var rounds, var words] => await ScoringBreakdown.RunAsync(int.Parse(rounds, CultureInfo.InvariantCulture), int.Parse(words, CultureInfo.InvariantCulture)),
    ["loopback-server", var ms, var urlFile, var max] => await LoopbackServer.RunAsync(int.Parse(ms, CultureInfo.InvariantCulture), urlFile, int.Parse(max, CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(OncoAnswer.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
    return 0;
}
