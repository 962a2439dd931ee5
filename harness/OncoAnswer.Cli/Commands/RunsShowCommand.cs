using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer runs show RUN_ID</c>: the audit record and verdict counts of one run.</summary>
internal sealed class RunsShowCommand(CliConsoles consoles, CliEnvironment environment) : Command<RunsShowSettings>
{
    public override int Execute(CommandContext context, RunsShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = StoreDefaults.Open(settings.Store, environment);
        var id = string.Equals(settings.Run, "latest", StringComparison.OrdinalIgnoreCase) ? store.ListRuns().FirstOrDefault()?.Record.Id : settings.Run;
        var stored = (id is null ? null : store.FindRun(id))
            ?? throw new InputException(new SourceLocation(store.Location, 0, 0), $"no run '{settings.Run}' in this store; list runs with 'oncoanswer runs list'.");
        var r = stored.Record;
        var results = store.ReadResults(r.Id).ToList();
        var o = consoles.Out;
        o.WriteLine($"run:        {r.Id} ({stored.Status})");
        o.WriteLine($"started:    {r.StartedAt.UtcDateTime:O}");
        o.WriteLine($"finished:   {(stored.Finished ? r.FinishedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "-")}");
        o.WriteLine($"suites:     {string.Join(", ", r.Suites)} ({r.ScenarioCount} scenarios, {r.SuiteHash})");
        foreach (var g in r.GeneratorConfigs)
        {
            o.WriteLine($"generator:  {g.Name} ({g.Type}) {string.Join(" ", g.Settings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}");
        }

        o.WriteLine($"evaluators: {string.Join(", ", r.Evaluators.Select(e => $"{e.Id} {e.Version}"))}");
        o.WriteLine($"harness:    {r.HarnessVersion}  commit: {r.GitCommit ?? "-"}  user: {r.User ?? "-"}");
        o.WriteLine($"plan:       repeat {r.Repeat}{(r.Shard is null ? "" : ", shard " + r.Shard)}{(r.Tags.Count == 0 ? "" : ", tags " + string.Join(",", r.Tags))}");
        foreach (var holder in store.LockHolders(r.Id))
        {
            o.WriteLine($"writing:    {holder.Describe(DateTimeOffset.UtcNow)}");
        }

        o.WriteLine($"results:    {results.Count}/{stored.Planned}: {results.Count(x => x.Verdict == Verdict.Pass)} pass, {results.Count(x => x.Verdict == Verdict.Fail)} fail, {results.Count(x => x.Verdict == Verdict.Review)} review, {results.Count(x => x.Verdict == Verdict.Error)} error");
        foreach (var x in results.Where(x => x.Verdict != Verdict.Pass).OrderBy(x => ResultReasons.Rank(x.Verdict)))
        {
            o.WriteLine($"  {VerdictNames.Of(x.Verdict)} {x.ScenarioId} ({x.Generator}): {ResultReasons.Why(x)}");
        }

        return ExitCodes.Passed;
    }
}
