using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer runs prune --keep N</c>: deletes every run but the newest N.</summary>
internal sealed class RunsPruneCommand(CliConsoles consoles) : Command<RunsPruneSettings>
{
    public override int Execute(CommandContext context, RunsPruneSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = SqliteRunStore.Open(settings.Store);
        var old = store.ListRuns().Skip(settings.Keep ?? 0).ToList();
        foreach (var run in old)
        {
            store.DeleteRun(run.Record.Id);
            consoles.Out.WriteLine("deleted " + run.Record.Id);
        }

        consoles.Out.WriteLine($"pruned {old.Count} run(s); kept the newest {settings.Keep}.");
        return ExitCodes.Passed;
    }
}
