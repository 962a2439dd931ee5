using System.Globalization;
using System.Text;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Writes a short Markdown summary of a run for CI step summaries and pull-request comments: outcome, counts, gate
/// findings, regressions and improvements against the baseline, failures and errors, and stability with
/// <c>--repeat</c>. Answer-derived text is escaped so it cannot break the table or inject HTML.
/// </summary>
public static class MarkdownSummaryWriter
{
    /// <summary>At most this many failures are listed; the rest are counted.</summary>
    public const int MaxListed = 50;

    /// <summary>Returns the summary of <paramref name="run"/> as Markdown.</summary>
    public static string Render(RunResult run, GateReport? gate = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcome = gate?.Outcome ?? Gate.Evaluate(run);
        var md = new StringBuilder();
        var icon = outcome switch { GateOutcome.Passed => "✅", GateOutcome.Failed => "❌", _ => "⚠️" };
        Line(md, $"## {icon} OncoAnswer: {VerdictNames.Of(outcome)}");
        Line(md, "");
        var commit = run.Run.GitCommit is { Length: >= 7 } c ? $" · commit `{c[..7]}`" : "";
        var shard = run.Run.Shard is null ? "" : $" · shard {run.Run.Shard}";
        Line(md, $"Run `{Escape(run.Run.Id)}` · {run.Run.ScenarioCount} scenario(s) · generator(s) {Escape(string.Join(", ", run.Run.Generators))} · harness {Escape(run.Run.HarnessVersion)}{commit}{shard}");
        Line(md, "");
        Line(md, "| planned | passed | failed | review | errors |");
        Line(md, "|---:|---:|---:|---:|---:|");
        Line(md, $"| {run.Planned} | {run.Passed} | {run.Failed} | {run.Reviews} | {run.Errors} |");
        if (gate is { Findings.Count: > 0 })
        {
            Line(md, "");
            Line(md, "### Gate findings");
            Line(md, "");
            foreach (var finding in gate.Findings)
            {
                Line(md, $"- **{finding.Rule}**: {Escape(finding.Message)}");
            }
        }

        if (gate?.Baseline is { } baseline)
        {
            Line(md, "");
            Line(md, $"### Against baseline `{Escape(baseline.BaselineId)}`");
            Line(md, "");
            Line(md, $"{baseline.Count(ChangeKind.Regression)} regression(s), {baseline.Count(ChangeKind.Improvement)} improvement(s), {baseline.Count(ChangeKind.Unchanged)} unchanged, {baseline.Count(ChangeKind.New)} new, {baseline.Count(ChangeKind.Removed)} removed.");
            foreach (var change in baseline.Improvements)
            {
                Line(md, $"- improved: {Escape(change.Describe())}");
            }
        }

        // Review cases first: no rule failed them, so only a person (or the judge) can clear them.
        var bad = run.Results.Where(r => r.Verdict != Verdict.Pass).OrderBy(r => ResultReasons.Rank(r.Verdict)).ToList();
        if (bad.Count > 0)
        {
            Line(md, "");
            Line(md, $"### {(run.Reviews > 0 ? "Review, failures and errors" : "Failures and errors")}");
            Line(md, "");
            Line(md, "| scenario | generator | verdict | why |");
            Line(md, "|---|---|---|---|");
            foreach (var r in bad.Take(MaxListed))
            {
                var why = ResultReasons.Why(r);
                Line(md, $"| {Escape(r.ScenarioId)} | {Escape(r.Generator)} | {VerdictNames.Of(r.Verdict)} | {Escape(why)} |");
            }

            if (bad.Count > MaxListed)
            {
                Line(md, $"| … | | | {bad.Count - MaxListed} more |");
            }
        }

        if (run.Run.Repeat > 1)
        {
            var stability = Stability.Of(run);
            var flaky = stability.Where(s => s.Flaky).ToList();
            Line(md, "");
            Line(md, $"### Stability over {run.Run.Repeat} repetitions");
            Line(md, "");
            Line(md, $"{stability.Count - flaky.Count} of {stability.Count} stable; flaky: {(flaky.Count == 0 ? "none" : string.Join(", ", flaky.Select(f => $"{Escape(f.ScenarioId)} ({f.Passed}/{f.Runs})")))}");
        }

        return md.ToString();
    }

    /// <summary>Escapes text for a Markdown table cell: pipes, HTML, backticks and line breaks.</summary>
    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder md, FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
