using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>Console output shared by <c>run</c> and <c>merge</c>: summary, gate findings, stability and written files.</summary>
internal static class RunPrinter
{
    public static void Summary(IAnsiConsole console, RunResult run, GateReport gate)
    {
        var colour = gate.Outcome switch { GateOutcome.Passed => "green", GateOutcome.Failed => "red", _ => "yellow" };
        console.MarkupLine($"[{colour}]{VerdictNames.Of(gate.Outcome)}[/]: {run.Passed} pass, {run.Failed} fail, {run.Reviews} review, {run.Errors} error of {run.Planned} planned.");
        foreach (var result in run.Results.Where(r => r.Verdict != Verdict.Pass).OrderBy(r => ResultReasons.Rank(r.Verdict)).ThenBy(r => r.ScenarioId, StringComparer.Ordinal).ThenBy(r => r.Attempt))
        {
            var why = ResultReasons.Why(result);
            var attempt = run.Run.Repeat > 1 ? $" #{result.Attempt}" : "";
            console.MarkupLine($"  [bold]{VerdictNames.Of(result.Verdict)}[/] {Markup.Escape(result.ScenarioId)}{attempt} ({Markup.Escape(result.Generator)}): {Markup.Escape(why)}");
        }

        foreach (var finding in gate.Findings.Where(f => f.Rule != "verdicts"))
        {
            console.MarkupLine($"  [bold]{Markup.Escape(finding.Rule)}[/]: {Markup.Escape(finding.Message)}");
        }

        if (gate.Baseline is { } baseline)
        {
            console.WriteLine($"baseline {baseline.BaselineId}: {baseline.Count(ChangeKind.Regression)} regression(s), {baseline.Count(ChangeKind.Improvement)} improvement(s), {baseline.Count(ChangeKind.Unchanged)} unchanged, {baseline.Count(ChangeKind.New)} new, {baseline.Count(ChangeKind.Removed)} removed.");
            foreach (var change in baseline.Improvements)
            {
                console.WriteLine("  improvement: " + change.Describe());
            }
        }

        if (run.Run.Repeat > 1)
        {
            var stability = Stability.Of(run);
            var flaky = stability.Where(s => s.Flaky).ToList();
            console.WriteLine($"stability over {run.Run.Repeat} repetitions: {stability.Count - flaky.Count} of {stability.Count} stable.");
            foreach (var s in flaky)
            {
                console.WriteLine($"  flaky {s.ScenarioId} ({s.Generator}): passed {s.Passed}/{s.Runs}");
            }
        }
    }

    public static void Written(IAnsiConsole console, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var label = RunOutputs.FormatOf(file) switch
            {
                RunOutputFormat.Json => "results:",
                RunOutputFormat.Html => "report: ",
                RunOutputFormat.JUnit => "junit:  ",
                RunOutputFormat.Csv => "csv:    ",
                _ => "summary:",
            };
            console.WriteLine(label + " " + file);
        }
    }

    /// <summary>Appends the Markdown summary to <c>$GITHUB_STEP_SUMMARY</c> when CI sets it.</summary>
    public static void StepSummary(RunResult run, GateReport gate, CliEnvironment environment)
    {
        var path = environment.Get("GITHUB_STEP_SUMMARY");
        if (!string.IsNullOrEmpty(path))
        {
            File.AppendAllText(path, MarkdownSummaryWriter.Render(run, gate) + "\n");
        }
    }

    public static int ExitCode(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Passed => ExitCodes.Passed,
        GateOutcome.Failed => ExitCodes.GateFailed,
        GateOutcome.Errors => ExitCodes.RunErrors,
        _ => ExitCodes.Cancelled,
    };
}
