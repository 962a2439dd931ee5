using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer run</c>: suites → generator → evaluators → results JSON + HTML report → exit code.</summary>
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

        var runner = new Runner(DefaultEvaluators.Create(BundledContent.Lexicon()), new RunnerOptions { Concurrency = settings.Concurrency });
        var run = await runner.RunAsync(suites, generators, cancellationToken: cancellationToken);

        // Results are written even for a cancelled or failing run: nothing finished is lost.
        Directory.CreateDirectory(settings.Out);
        var jsonPath = Path.GetFullPath(Path.Combine(settings.Out, "results.json"));
        var htmlPath = Path.GetFullPath(Path.Combine(settings.Out, "report.html"));
        ResultsJsonWriter.Write(run, jsonPath);
        new HtmlReportWriter(new HtmlReportOptions { KnowledgeBase = KnowledgeBaseLoader.LoadPath(BundledContent.DefaultGuidelines()) }).Write(run, htmlPath);

        PrintSummary(run);
        consoles.Out.WriteLine("results: " + jsonPath);
        consoles.Out.WriteLine("report:  " + htmlPath);

        return Gate.Evaluate(run) switch
        {
            GateOutcome.Passed => ExitCodes.Passed,
            GateOutcome.Failed => ExitCodes.GateFailed,
            GateOutcome.Errors => ExitCodes.RunErrors,
            _ => ExitCodes.Cancelled,
        };
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

    private void PrintSummary(RunResult run)
    {
        var outcome = Gate.Evaluate(run);
        var colour = outcome switch { GateOutcome.Passed => "green", GateOutcome.Failed => "red", _ => "yellow" };
        consoles.Out.MarkupLine($"[{colour}]{VerdictNames.Of(outcome)}[/]: {run.Passed} pass, {run.Failed} fail, {run.Errors} error of {run.Planned} planned.");
        foreach (var result in run.Results.Where(r => r.Verdict != Verdict.Pass).OrderBy(r => r.ScenarioId, StringComparer.Ordinal))
        {
            var why = result.Error ?? string.Join("; ", result.Metrics.Where(m => m.Failed).Select(m => $"{m.Id}: {m.Reason}"));
            consoles.Out.MarkupLine($"  [bold]{VerdictNames.Of(result.Verdict)}[/] {Markup.Escape(result.ScenarioId)} ({Markup.Escape(result.Generator)}): {Markup.Escape(why)}");
        }
    }
}
