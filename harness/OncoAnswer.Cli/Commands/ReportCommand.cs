using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Reporting.Html;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer report RUN|results.json</c>: re-renders the HTML report from stored results (no generator is
/// called), optionally against a baseline and with other templates. The exit code is the gate's, as for <c>run</c>.
/// </summary>
internal sealed class ReportCommand(CliConsoles consoles, CliEnvironment environment) : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var references = settings.Baseline is null ? new[] { settings.Run } : [settings.Run, settings.Baseline];
        using var store = CompareCommand.OpenStoreIfNeeded(settings.Store, environment, references);
        var run = RunSources.Load(settings.Run, store);
        var baseline = settings.Baseline is null ? null : RunSources.Load(settings.Baseline, store, exclude: run.Run.Id);
        var gateConfig = settings.Gate is null ? GateConfig.Default : GateConfigLoader.LoadFile(settings.Gate);
        var gate = Gate.Evaluate(run, gateConfig, baseline is null ? null : RunComparer.Compare(baseline, run));
        var options = new HtmlReportOptions
        {
            KnowledgeBase = KnowledgeBaseLoader.LoadPath(settings.Guidelines ?? BundledContent.DefaultGuidelines()),
            TemplateFolder = settings.TemplateDir,
            Gate = gate,
            GateConfig = gateConfig,
            Baseline = baseline,
            History = store is null ? [] : RunHistory.Load(store),
        };

        var path = Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        new HtmlReportWriter(options).Write(run, path);
        consoles.Out.WriteLine($"report of run {run.Run.Id}{(baseline is null ? "" : " against " + baseline.Run.Id)}: {VerdictNames.Of(gate.Outcome)}");
        consoles.Out.WriteLine("report:  " + path);

        // A run still being written (or a shared run missing a shard) cannot pass a gate: its results are not all there.
        if (store?.FindRun(run.Run.Id) is { Finished: false } partial)
        {
            consoles.Out.WriteLine($"warning: run {partial.Record.Id} is unfinished ({partial.Stored}/{partial.Planned} results stored); resume it or run its missing shards");
            return Math.Max(RunPrinter.ExitCode(gate.Outcome), ExitCodes.RunErrors);
        }

        return RunPrinter.ExitCode(gate.Outcome);
    }
}
