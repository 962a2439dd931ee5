using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project harness/OncoAnswer.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(OncoAnswer.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
