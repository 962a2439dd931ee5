using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// The overview figures: pass rate overall, per category and per metric, each list ordered failures first
/// (lowest pass rate, then name) so the worst news is on top.
/// </summary>
public sealed class ReportOverview
{
    private ReportOverview(Rate overall, IReadOnlyList<Rate> categories, IReadOnlyList<Rate> metrics)
    {
        Overall = overall;
        Categories = categories;
        Metrics = metrics;
    }

    /// <summary>All results.</summary>
    public Rate Overall { get; }

    /// <summary>Per category.</summary>
    public IReadOnlyList<Rate> Categories { get; }

    /// <summary>Per metric id, over the results that computed it with a value (not applicable ones are left out).</summary>
    public IReadOnlyList<Rate> Metrics { get; }

    /// <summary>Computes the figures of <paramref name="run"/>.</summary>
    public static ReportOverview Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var categories = run.Results.GroupBy(r => r.Category, StringComparer.Ordinal).Select(g => VerdictRate(g.Key, g.ToList()));
        var metrics = run.Results
            .SelectMany(r => r.Metrics)
            .Where(m => m.Value is not null || m.Failed)
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .Select(g => new Rate(g.Key, g.Count(), g.Count(m => !m.Failed), g.Count(m => m.Failed), 0));
        return new ReportOverview(VerdictRate("overall", run.Results), WorstFirst(categories), WorstFirst(metrics));
    }

    private static Rate VerdictRate(string name, IReadOnlyCollection<ScenarioResult> results) => new(
        name,
        results.Count,
        results.Count(r => r.Verdict == Verdict.Pass),
        results.Count(r => r.Verdict == Verdict.Fail),
        results.Count(r => r.Verdict == Verdict.Error));

    private static List<Rate> WorstFirst(IEnumerable<Rate> rates) =>
        rates.OrderBy(r => r.Value).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
}
