using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer merge RUN...</c>: combines shard runs into one stored run, writes its outputs and gates it.</summary>
internal sealed class MergeCommand(CliConsoles consoles, CliEnvironment environment) : Command<MergeSettings>
{
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string[] outputs = settings.Out.Length > 0 ? settings.Out : ["out"];
        RunOutputs.CheckWritable(outputs);
        var gate = settings.Gate is null ? GateConfig.Default : GateConfigLoader.LoadFile(settings.Gate);
        using var store = StoreDefaults.Open(settings.Store, environment);
        var parts = settings.Runs.Select(r => RunSources.Load(r, store)).ToList();
        var baseline = settings.Baseline is null ? null : RunSources.Load(settings.Baseline, store);
        var merged = RunMerger.Merge(parts, settings.Runs);
        store.BeginRun(merged.Run, merged.Planned);
        foreach (var result in merged.Results)
        {
            store.Append(merged.Run.Id, result);
        }

        store.FinishRun(merged.Run);
        var report = Gate.Evaluate(merged, gate, baseline is null ? null : RunComparer.Compare(baseline, merged));
        consoles.Out.WriteLine($"merged {parts.Count} run(s) into run {merged.Run.Id}");
        var written = RunOutputs.Write(merged, report, outputs, null, consoles.Out.WriteLine);
        RunPrinter.Summary(consoles.Out, merged, report);
        RunPrinter.Written(consoles.Out, written);
        consoles.Out.WriteLine($"stored:  run {merged.Run.Id} in {store.Location}");
        RunPrinter.StepSummary(merged, report, environment);
        return RunPrinter.ExitCode(report.Outcome);
    }
}
