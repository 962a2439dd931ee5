using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer runs prune --keep N</c>: deletes every run but the newest N, never one that may still be running (a
/// live lock, or unfinished and younger than <c>--keep-unfinished</c>), and says which it kept.
/// </summary>
internal sealed class RunsPruneCommand(CliConsoles consoles, CliEnvironment environment) : Command<RunsPruneSettings>
{
    public override int Execute(CommandContext context, RunsPruneSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = StoreDefaults.Open(settings.Store, environment);
        var age = RunPruner.ParseAge(settings.KeepUnfinished)!.Value;
        var (deleted, kept) = RunPruner.Prune(store, settings.Keep ?? 0, age, DateTimeOffset.UtcNow);
        foreach (var run in deleted)
        {
            consoles.Out.WriteLine("deleted " + run.Record.Id);
        }

        foreach (var (run, why) in kept)
        {
            consoles.Out.WriteLine($"kept    {run.Record.Id}: {why}");
        }

        consoles.Out.WriteLine($"pruned {deleted.Count} run(s); kept the newest {settings.Keep}" + (kept.Count == 0 ? "." : $" and {kept.Count} older run(s) that may still be running."));
        return ExitCodes.Passed;
    }
}
