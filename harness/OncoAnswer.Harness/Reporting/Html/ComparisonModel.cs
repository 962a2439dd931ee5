using System.Globalization;
using OncoAnswer.Harness.Runs;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// The Comparison view's data: change counts, regressions and improvements, every metric-level change (as
/// <c>oncoanswer compare</c> prints them), the metrics whose pass rate moved most, and the two answers side by side
/// with a word-level diff for each changed scenario (at most <see cref="MaxPairs"/>, each answer cut at
/// <see cref="MaxAnswer"/> characters so one huge answer cannot swell the file).
/// </summary>
internal static class ComparisonModel
{
    public const int MaxPairs = 50;
    public const int MaxAnswer = 20_000;

    public static ScriptObject Build(RunComparison comparison, RunResult candidate, RunResult? baseline)
    {
        var movers = Movers(baseline, candidate);
        var changed = comparison.Regressions.Concat(comparison.Improvements).ToList();
        var pairs = new ScriptArray();
        foreach (var change in changed.Take(MaxPairs))
        {
            var before = Find(baseline, change);
            var after = Find(candidate, change);
            var beforeText = Cut(before?.Answer ?? before?.Error);
            var afterText = Cut(after?.Answer ?? after?.Error);
            pairs.Add(new ScriptObject
            {
                ["kind"] = change.Kind == ChangeKind.Regression ? "regression" : "improvement",
                ["scenario_id"] = change.ScenarioId,
                ["generator"] = change.Generator,
                ["before"] = change.Before ?? "absent",
                ["after"] = change.After ?? "absent",
                ["before_answer"] = beforeText,
                ["after_answer"] = afterText,
                ["diff"] = before is null || after is null ? null : WordDiff.Html(beforeText, afterText),
                ["before_failed"] = Failed(before),
                ["after_failed"] = Failed(after),
            });
        }

        return new ScriptObject
        {
            ["baseline_id"] = comparison.BaselineId,
            ["regressions"] = comparison.Count(ChangeKind.Regression),
            ["improvements"] = comparison.Count(ChangeKind.Improvement),
            ["unchanged"] = comparison.Count(ChangeKind.Unchanged),
            ["new"] = comparison.Count(ChangeKind.New),
            ["removed"] = comparison.Count(ChangeKind.Removed),
            ["metric_regressions"] = Changes(comparison.MetricRegressions),
            ["metric_changes"] = Changes(comparison.Metrics.Where(c => c.Kind is ChangeKind.Regression or ChangeKind.Improvement)),
            ["regression_list"] = Changes(comparison.Regressions),
            ["improvement_list"] = Changes(comparison.Improvements),
            ["movers"] = movers,
            ["pairs"] = pairs,
            ["pairs_cut"] = changed.Count > MaxPairs ? changed.Count - MaxPairs : 0,
            ["has_baseline_answers"] = baseline is not null,
        };
    }

    private static ScriptArray Changes(IEnumerable<Change> changes)
    {
        var array = new ScriptArray();
        foreach (var change in changes)
        {
            array.Add(new ScriptObject
            {
                ["kind"] = change.Kind == ChangeKind.Regression ? "regression" : change.Kind == ChangeKind.Improvement ? "improvement" : "other",
                ["scenario_id"] = change.ScenarioId,
                ["generator"] = change.Generator,
                ["metric"] = change.Metric ?? "",
                ["before"] = change.Before ?? "absent",
                ["after"] = change.After ?? "absent",
                ["reason"] = change.Reason,
            });
        }

        return array;
    }

    /// <summary>
    /// Per metric: pass rate before and after, largest absolute change first (ties by id); a metric whose rate did not
    /// move (by 0.1 points or more) is left out unless it appeared or disappeared.
    /// </summary>
    private static ScriptArray Movers(RunResult? baseline, RunResult candidate)
    {
        var array = new ScriptArray();
        if (baseline is null)
        {
            return array;
        }

        var before = ReportOverview.Of(baseline).Metrics.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var after = ReportOverview.Of(candidate).Metrics.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var moves = before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Select(id => (Id: id, Before: before.GetValueOrDefault(id), After: after.GetValueOrDefault(id)))
            .Select(m => (m.Id, m.Before, m.After, Delta: (m.After?.Value ?? 0) - (m.Before?.Value ?? 0)))
            .Where(m => Math.Round(100 * m.Delta, 1) != 0 || (m.Before is null) != (m.After is null))
            .OrderByDescending(m => Math.Abs(m.Delta)).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(10);
        foreach (var (id, b, a, delta) in moves)
        {
            array.Add(new ScriptObject
            {
                ["metric"] = id,
                ["before"] = b?.Percent ?? "absent",
                ["after"] = a?.Percent ?? "absent",
                ["delta"] = (delta >= 0 ? "+" : "−") + Math.Abs(100 * delta).ToString("0.0", CultureInfo.InvariantCulture) + " pts",
                ["direction"] = delta > 0 ? "up" : delta < 0 ? "down" : "flat",
            });
        }

        return array;
    }

    private static ScenarioResult? Find(RunResult? run, Change change) =>
        run?.Results.FirstOrDefault(r => r.ScenarioId == change.ScenarioId && r.Generator == change.Generator)
        ?? run?.Results.FirstOrDefault(r => r.ScenarioId == change.ScenarioId);

    private static string Failed(ScenarioResult? result) =>
        result is null ? "" : string.Join(", ", result.Metrics.Where(m => m.Failed).Select(m => m.Id));

    private static string Cut(string? text) =>
        text is null ? "(no answer)" : text.Length <= MaxAnswer ? Text.BidiControls.Visible(Text.Utf16.Repair(text)) : Text.BidiControls.Visible(Text.Utf16.Repair(text[..MaxAnswer])) + $"\n… ({text.Length - MaxAnswer} more characters in results.json)";
}
