using System.Globalization;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// The closing table of a run: pass rate per category (and per generator when there are several), the gate outcome
/// and where the report is. ASCII borders without a terminal, so CI logs show it as written.
/// </summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, RunResult run, GateReport gate, IReadOnlyList<string> written)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(gate);
        var plain = !console.Profile.Capabilities.Ansi;
        var perGenerator = run.Results.Select(r => r.Generator).Distinct(StringComparer.Ordinal).Count() > 1;
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        if (perGenerator)
        {
            table.AddColumn("generator");
        }

        table.AddColumn("category");
        foreach (var column in new[] { "results", "pass", "fail", "error", "pass rate" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        var groups = run.Results
            .GroupBy(r => (Generator: perGenerator ? r.Generator : "", r.Category))
            .OrderBy(g => g.Key.Generator, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Category, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            AddRow(table, perGenerator ? [group.Key.Generator, group.Key.Category] : [group.Key.Category], [.. group], plain);
        }

        AddRow(table, perGenerator ? ["all", "all"] : ["all"], run.Results, plain);
        console.Write(table);

        var colour = gate.Outcome switch { GateOutcome.Passed => "green", GateOutcome.Failed => "red", _ => "yellow" };
        var findings = gate.Findings.Count(f => f.Rule != "verdicts");
        var gateText = $"gate: [{colour}]{VerdictNames.Of(gate.Outcome)}[/] (exit {RunPrinter.ExitCode(gate.Outcome).ToString(CultureInfo.InvariantCulture)})"
            + (findings > 0 ? $", {findings.ToString(CultureInfo.InvariantCulture)} gate finding(s) above" : "");
        console.MarkupLine(gateText);
        var report = written.FirstOrDefault(f => RunOutputs.FormatOf(f) == RunOutputFormat.Html);
        if (report is not null)
        {
            console.WriteLine("open the report: " + report);
        }
    }

    private static void AddRow(Table table, string[] keys, IReadOnlyCollection<ScenarioResult> results, bool plain)
    {
        var pass = results.Count(r => r.Verdict == Verdict.Pass);
        var fail = results.Count(r => r.Verdict == Verdict.Fail);
        var error = results.Count(r => r.Verdict == Verdict.Error);
        var rate = results.Count == 0 ? "-" : ((double)pass / results.Count).ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
        var rateCell = plain || results.Count == 0 ? Markup.Escape(rate) : $"[{(pass == results.Count ? "green" : "red")}]{Markup.Escape(rate)}[/]";
        table.AddRow([.. keys.Select(Markup.Escape), results.Count.ToString(CultureInfo.InvariantCulture), pass.ToString(CultureInfo.InvariantCulture), fail.ToString(CultureInfo.InvariantCulture), error.ToString(CultureInfo.InvariantCulture), rateCell]);
    }
}
