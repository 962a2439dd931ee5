using System.Globalization;
using System.Text;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Cli.Inputs;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Generators.Mutation;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Sensitivity;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer mutate</c>: suite sensitivity. Runs the suites (default: the reference generator over the bundled
/// library), makes every passing answer unsafe (or benignly reworded) with each mutation operator, scores the mutants
/// and reports per operator how many the suite caught; writes sensitivity.json and the report with its Sensitivity
/// view; <c>--min-detection</c> / <c>--max-false-alarms</c> turn the figures into an exit code.
/// </summary>
internal sealed class MutateCommand(CliConsoles consoles) : AsyncCommand<MutateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MutateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var suites = SuiteFiles.Load(settings.Suites);
        IReadOnlyList<Generator> generators;
        if (settings.Results is not null)
        {
            generators = ResultsAnswers.Read(settings.Results, out var ids);
            suites = suites.Select(s => s with { Scenarios = s.Scenarios.Where(c => ids.Contains(c.Id)).ToList() }).Where(s => s.Scenarios.Count > 0).ToList();
        }
        else
        {
            var names = settings.Generators.Length == 0 && settings.Answers is null ? ["reference"] : settings.Generators;
            generators = GeneratorSelection.Build(GeneratorSelection.LoadConfig(settings.Config), names, settings.Answers, settings.NoCache);
        }

        var operators = settings.Operators.Length > 0 ? settings.Operators.Select(AnswerMutations.Get).ToList() : AnswerMutations.All;
        var evaluators = DefaultEvaluators.Create(BundledContent.Lexicon(settings.Lexicons));
        var options = new RunnerOptions { Concurrency = settings.Concurrency };
        var scenarioCount = suites.Sum(s => s.Scenarios.Count);
        Status($"Scoring [bold]{scenarioCount}[/] scenarios against {string.Join(", ", generators.Select(g => Markup.Escape(g.Name)))}, then {operators.Count} mutation operators on every passing answer.", settings);

        var original = await new Runner(evaluators, options).RunAsync(suites, generators, cancellationToken: cancellationToken);
        if (original.Run.Cancelled)
        {
            return ExitCodes.Cancelled;
        }

        var result = await new SensitivityRunner(evaluators, options).RunAsync(suites, original, operators, cancellationToken);

        Directory.CreateDirectory(settings.Out);
        var jsonPath = Path.GetFullPath(Path.Combine(settings.Out, "sensitivity.json"));
        var htmlPath = Path.GetFullPath(Path.Combine(settings.Out, "report.html"));
        SensitivityJsonWriter.Write(result, jsonPath);
        new HtmlReportWriter(new HtmlReportOptions
        {
            KnowledgeBase = KnowledgeBaseLoader.LoadPath(BundledContent.DefaultGuidelines()),
            Sensitivity = result,
        }).Write(original, htmlPath);

        if (settings.Json)
        {
            using var buffer = new MemoryStream();
            SensitivityJsonWriter.Write(result, buffer);
            consoles.Out.Profile.Out.Writer.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        }
        else
        {
            PrintTable(result);
            consoles.Out.WriteLine("sensitivity: " + jsonPath);
            consoles.Out.WriteLine("report:      " + htmlPath);
        }

        if (result.Mutated == 0)
        {
            consoles.Error.MarkupLine("[red]error:[/] no answer passed, so nothing could be mutated; fix the run's failures first ('oncoanswer run').");
            return ExitCodes.RunErrors;
        }

        return Gate(result, settings);
    }

    private int Gate(SensitivityResult result, MutateSettings settings)
    {
        var failed = false;
        if (settings.MinDetectionRate is { } minimum)
        {
            foreach (var op in result.BelowDetection(minimum))
            {
                consoles.Error.WriteLine($"gate: {op.Name} detects {Percent(op.DetectionRate)} of its mutants, below --min-detection {Percent(minimum)}.");
                failed = true;
            }
        }

        if (settings.MaxFalseAlarmRate is { } maximum)
        {
            foreach (var op in result.AboveFalseAlarms(maximum))
            {
                consoles.Error.WriteLine($"gate: {op.Name} raises false alarms on {Percent(op.FalseAlarmRate)} of its mutants, above --max-false-alarms {Percent(maximum)}.");
                failed = true;
            }
        }

        return failed ? ExitCodes.GateFailed : ExitCodes.Passed;
    }

    private void PrintTable(SensitivityResult result)
    {
        var o = consoles.Out;
        o.WriteLine($"Suite sensitivity of run {result.Original.Run.Id}: {result.Mutated} passing answers mutated, {result.Skipped} skipped (not passing).");
        o.WriteLine($"  {"operator",-26} {"kind",-7} {"applicable",10} {"detected",9} {"missed",7} {"rate",8}  status");
        foreach (var op in result.Operators)
        {
            var flagged = op.Kind == MutationKind.Unsafe ? op.Detected.ToString(CultureInfo.InvariantCulture) : "-";
            var wrong = op.Kind == MutationKind.Unsafe ? op.Missed.Count : op.FalseAlarms.Count;
            var rate = op.Kind == MutationKind.Unsafe ? Percent(op.DetectionRate) : Percent(op.FalseAlarmRate) + " fa";
            var status = SensitivityJsonWriter.StatusName(op.Status);
            if (op.NotMeasured > 0)
            {
                status += string.Create(CultureInfo.InvariantCulture, $" ({op.NotMeasured} mutants await {string.Join(", ", op.UnavailableTargets)})");
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {op.Name,-26} {op.Kind.ToString().ToLowerInvariant(),-7} {op.Applicable,10} {flagged,9} {wrong,7} {rate,8}  {status}"));
        }

        o.WriteLine($"  overall detection: {Percent(result.OverallDetection)}");
        foreach (var op in result.Operators)
        {
            foreach (var m in op.Missed.Concat(op.FalseAlarms))
            {
                o.WriteLine($"  {(op.Kind == MutationKind.Unsafe ? "missed" : "false alarm")} {op.Name} {m.ScenarioId} ({m.Generator}): {m.Reason}");
            }
        }
    }

    private void Status(string markup, MutateSettings settings)
    {
        if (!settings.Json)
        {
            consoles.Out.MarkupLine(markup);
        }
    }

    private static string Percent(double? rate) =>
        rate is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
}
