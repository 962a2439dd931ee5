using OncoAnswer.Cli.Infrastructure;
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
internal sealed class RunCommand(CliConsoles consoles) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var suitePaths = settings.Suites.Length > 0 ? settings.Suites : [BundledContent.DefaultSuites()];
        var suites = settings.Variants ? VariantGenerator.Expand(LoadSuites(suitePaths)) : LoadSuites(suitePaths);
        var generators = GeneratorSelection.Build(settings.Config, settings.Generators, settings.Answers, settings.NoCache);

        var scenarioCount = suites.Sum(s => s.Scenarios.Count);
        var names = string.Join(", ", generators.Select(g => $"[bold]{Markup.Escape(g.Name)}[/] ({Markup.Escape(g.Type)})"));
        consoles.Out.MarkupLine($"Running [bold]{scenarioCount}[/] scenarios from {suites.Count} suite(s) against {names}.");

        var gate = settings.Gate is null ? GateConfig.Default : GateConfigLoader.LoadFile(settings.Gate);
        var knowledgeBase = KnowledgeBaseLoader.LoadPath(BundledContent.DefaultGuidelines());
        using var store = SqliteRunStore.Open(settings.Store);
        var plan = new RunPlan(suites, generators)
        {
            Repeat = settings.Repeat,
            Shard = settings.Shard is null ? null : ShardSpec.TryParse(settings.Shard, out _),
            ResumeRunId = settings.Resume,
            Tags = settings.Tags,
        };
        var orchestrator = new RunOrchestrator(store, DefaultEvaluators.Create(BundledContent.Lexicon()), new RunnerOptions { Concurrency = settings.Concurrency });
        var (run, report) = await orchestrator.RunAsync(
            plan,
            gate,
            settings.Baseline,
            started: r => consoles.Out.WriteLine($"run {r.Id}{(settings.Resume is null ? "" : " (resumed)")}{(r.Shard is null ? "" : " shard " + r.Shard)}{(r.Repeat > 1 ? $" x{r.Repeat}" : "")}"),
            cancellationToken: cancellationToken);

        // Outputs are written even for a cancelled or failing run: nothing finished is lost.
        var html = new HtmlReportOptions
        {
            KnowledgeBase = knowledgeBase,
            Gate = report,
            GateConfig = gate,
            Baseline = settings.Baseline is null ? null : RunSources.Load(settings.Baseline, store, exclude: run.Run.Id),
            History = RunHistory.Load(store),
        };
        var written = RunOutputs.Write(run, report, settings.Out.Length > 0 ? settings.Out : ["out"], html);
        RunPrinter.Summary(consoles.Out, run, report);
        RunPrinter.Written(consoles.Out, written);
        consoles.Out.WriteLine($"stored:  run {run.Run.Id} in {store.Location}");
        if (run.Run.Cancelled)
        {
            consoles.Out.WriteLine($"resume with: oncoanswer run --resume {run.Run.Id} (same --suite/--answers/--generator flags)");
        }

        RunPrinter.StepSummary(run, report);
        return RunPrinter.ExitCode(report.Outcome);
    }

    private static List<Suite> LoadSuites(IEnumerable<string> paths)
    {
        var suites = new List<Suite>();
        var errors = new List<InputError>();
        foreach (var path in paths)
        {
            try
            {
                suites.AddRange(SuiteLoader.LoadPath(path));
            }
            catch (InputException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : suites;
    }
}
