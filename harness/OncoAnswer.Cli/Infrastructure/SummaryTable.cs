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
        foreach (var column in new[] { "results", "pass", "fail", "review", "error", "pass rate" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        // One pass of counts per (generator, category): a stored run's results are read, never held.
        var groups = new Dictionary<(string Generator, string Category), VerdictTally>();
        var all = default(VerdictTally);
        foreach (var r in run.Results)
        {
            var key = (perGenerator ? r.Generator : "", r.Category);
            groups[key] = groups.GetValueOrDefault(key).Add(r.Verdict);
            all = all.Add(r.Verdict);
        }

        foreach (var (key, tally) in groups.OrderBy(g => g.Key.Generator, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            AddRow(table, perGenerator ? [key.Generator, key.Category] : [key.Category], tally, plain);
        }

        AddRow(table, perGenerator ? ["all", "all"] : ["all"], all, plain);
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

    private static void AddRow(Table table, string[] keys, VerdictTally tally, bool plain)
    {
        var (pass, fail, review, error, count) = (tally.Pass, tally.Fail, tally.Review, tally.Error, tally.Count);
        var rate = count == 0 ? "-" : ((double)pass / count).ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
        var rateCell = plain || count == 0 ? Markup.Escape(rate) : $"[{(pass == count ? "green" : "red")}]{Markup.Escape(rate)}[/]";
        table.AddRow([.. keys.Select(Markup.Escape), count.ToString(CultureInfo.InvariantCulture), pass.ToString(CultureInfo.InvariantCulture), fail.ToString(CultureInfo.InvariantCulture), review.ToString(CultureInfo.InvariantCulture), error.ToString(CultureInfo.InvariantCulture), rateCell]);
    }

    private readonly record struct VerdictTally(int Pass, int Fail, int Review, int Error)
    {
        public int Count => Pass + Fail + Review + Error;

        public VerdictTally Add(Verdict verdict) => verdict switch
        {
            Verdict.Pass => this with { Pass = Pass + 1 },
            Verdict.Fail => this with { Fail = Fail + 1 },
            Verdict.Review => this with { Review = Review + 1 },
            _ => this with { Error = Error + 1 },
        };
    }
}
