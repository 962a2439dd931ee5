using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Reporting.Html;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer run</c>: suites → generators → evaluators → run store → gate → outputs → exit code.</summary>
internal sealed class RunCommand(CliConsoles consoles, CliEnvironment environment) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var effective = EffectiveConfig.Resolve(settings, environment.Get);
        var loaded = DisclaimerDefaults.Apply(SuiteFiles.Load(effective.SuitePaths), effective.Disclaimer.Value);
        var suites = settings.Variants ? VariantGenerator.Expand(loaded) : loaded;
        // Every input is checked before a generator is built or called: a bad gate file fails now, not after the run.
        var gate = effective.Gate.Value is null ? GateConfig.Default : GateConfigLoader.LoadFile(effective.Gate.Value);
        // One set of secrets for the run: the generators' and the judge's keys are masked in everything either returns.
        var secrets = new SecretMask();
        var generators = GeneratorSelection.Build(effective.Config, effective.SelectedGenerators, settings.Answers, effective.NoCache.Value, secrets);
        var judge = settings.Judge(environment.Get, secrets, effective.NoCache.Value);

        var scenarioCount = suites.Sum(s => s.Scenarios.Count);
        var names = string.Join(", ", generators.Select(g => $"[bold]{Markup.Escape(g.Name)}[/] ({Markup.Escape(g.Type)})"));
        consoles.Out.MarkupLine($"Running [bold]{scenarioCount}[/] scenarios from {suites.Count} suite(s) against {names}.");

        RunOutputs.CheckWritable(effective.Out.Value);
        var knowledgeBase = KnowledgeBaseLoader.LoadPath(BundledContent.DefaultGuidelines());
        using var store = RunStores.Open(effective.Store.Value, environment.Get);
        var shard = settings.Shard is null ? null : ShardSpec.TryParse(settings.Shard, out _);
        var plan = new RunPlan(suites, generators)
        {
            Repeat = settings.Repeat,
            Shard = shard,
            ResumeRunId = settings.Resume,
            RunId = settings.RunId,
            Tags = settings.Tags,
        };
        var orchestrator = new RunOrchestrator(store, DefaultEvaluators.Create(BundledContent.Lexicon(), knowledgeBase, judge), new RunnerOptions { Concurrency = effective.Concurrency.Value, Judge = judge });
        var progress = new RunProgress(consoles.Out, generators.Select(g => (g.Name, Planned(suites, shard, settings.Repeat))).ToList());
        var (run, report) = await progress.TrackAsync(onResult => orchestrator.RunAsync(
            plan,
            gate,
            effective.Baseline.Value,
            started: r =>
            {
                var joined = settings.RunId is not null && shard is not null;
                consoles.Out.WriteLine($"run {r.Id}{(settings.Resume is null ? "" : " (resumed)")}{(r.Shard is null ? "" : " shard " + r.Shard)}{(joined ? $" shard {shard} (shared run)" : "")}{(r.Repeat > 1 ? $" x{r.Repeat}" : "")}");
                if (joined)
                {
                    progress.Preload(store.ReadResults(r.Id).Where(x => shard!.Value.Contains(x.ScenarioId)));
                }
                if (settings.Resume is not null)
                {
                    progress.Retotal(Planned(suites, ShardSpec.TryParse(r.Shard, out _), r.Repeat));
                    progress.Preload(store.ReadResults(r.Id));
                }
            },
            progress: onResult,
            cancellationToken: cancellationToken));

        // Outputs are written even for a cancelled or failing run: nothing finished is lost.
        var html = new HtmlReportOptions
        {
            KnowledgeBase = knowledgeBase,
            Gate = report,
            GateConfig = gate,
            Baseline = effective.Baseline.Value is null ? null : RunSources.Load(effective.Baseline.Value, store, exclude: run.Run.Id),
            History = RunHistory.Load(store),
        };
        var written = RunOutputs.Write(run, report, effective.Out.Value, html, consoles.Out.WriteLine);
        RunPrinter.Summary(consoles.Out, run, report);
        SummaryTable.Write(consoles.Out, run, report, written);
        RunPrinter.Written(consoles.Out, written);
        consoles.Out.WriteLine($"stored:  run {run.Run.Id} in {store.Location}");
        if (settings.RunId is not null && shard is not null && store.FindRun(run.Run.Id) is { Finished: false } shared)
        {
            consoles.Out.WriteLine($"shared:  {shared.Stored}/{shared.Planned} results of run {run.Run.Id} stored; it finishes when every shard has (the outputs above show the run so far)");
        }
        if (run.Run.Cancelled)
        {
            consoles.Out.WriteLine($"resume with: oncoanswer run --resume {run.Run.Id} (same --suite/--answers/--generator flags)");
        }

        RunPrinter.StepSummary(run, report, environment);
        return RunPrinter.ExitCode(report.Outcome);
    }

    private static int Planned(IReadOnlyList<Suite> suites, ShardSpec? shard, int repeat) =>
        suites.Sum(s => s.Scenarios.Count(c => shard is not { } x || x.Contains(c.Id))) * repeat;
}
