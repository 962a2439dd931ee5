using System.Globalization;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer runs list</c>: one line per stored run, newest first.</summary>
internal sealed class RunsListCommand(CliConsoles consoles, CliEnvironment environment) : Command<RunsSettings>
{
    public override int Execute(CommandContext context, RunsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = StoreDefaults.Open(settings.Store, environment);
        var runs = store.ListRuns();
        consoles.Out.WriteLine($"{runs.Count} run(s) in {store.Location}");
        foreach (var run in runs)
        {
            var r = run.Record;
            consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Id}  {run.Status,-10}  {run.Stored}/{run.Planned} results  {string.Join(",", r.Generators)}{(r.Shard is null ? "" : "  shard " + r.Shard)}{(r.Tags.Count == 0 ? "" : "  [" + string.Join(",", r.Tags) + "]")}"));
        }

        return ExitCodes.Passed;
    }
}
