// Child process for the crash-and-resume test: runs HostPlan against a loopback server, storing into a store,
// until it is killed. Usage: OncoAnswer.RunHost STORE SERVER_URL COUNT
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.RunHost;

using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
using var store = RunStores.Open(args[0], Environment.GetEnvironmentVariable);
var plan = HostPlan.Plan(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), new Uri(args[1]), http);
var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 });
var run = await session.RunAsync(plan, started: r => Console.WriteLine("run " + r.Id));
Console.WriteLine($"finished {run.Results.Count}");
return 0;
