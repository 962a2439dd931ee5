using System.Globalization;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Turns a run into a <see cref="GateOutcome"/>. Cancellation wins, then errors (an incomplete run cannot be
/// trusted to pass or fail), then failures: failed scenarios (unless the config allows them), missed metric
/// thresholds and regressions against a baseline.
/// </summary>
public static class Gate
{
    /// <summary>Decides the outcome of <paramref name="run"/> with the default rules (any failed verdict fails).</summary>
    public static GateOutcome Evaluate(RunResult run) => Evaluate(run, GateConfig.Default, null).Outcome;

    /// <summary>Decides the outcome of <paramref name="run"/> with <paramref name="config"/> and an optional baseline comparison.</summary>
    public static GateReport Evaluate(RunResult run, GateConfig config, RunComparison? baseline)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(config);
        var findings = new List<GateFinding>();
        if (config.FailOnFailedScenarios && run.Failed > 0)
        {
            var names = run.Results.Where(r => r.Verdict == Verdict.Fail).Select(r => r.ScenarioId).Distinct(StringComparer.Ordinal).ToList();
            findings.Add(new GateFinding("verdicts", $"{run.Failed} result(s) failed: {string.Join(", ", names.Take(10))}{(names.Count > 10 ? ", …" : "")}"));
        }

        if (run.Reviews > 0 && !ReviewsAllowed(run, config))
        {
            var reviewed = run.Results.Where(r => r.Verdict == Verdict.Review).ToList();
            var names = reviewed.Select(r => $"{r.ScenarioId} ({ResultReasons.Join(r.Metrics.Where(m => m.Review is not null).Select(m => m.Review))})").Distinct(StringComparer.Ordinal).ToList();
            var limits = new List<string>(2);
            if (config.ReviewMax is { } max)
            {
                limits.Add("at most " + max.ToString(CultureInfo.InvariantCulture));
            }

            if (config.ReviewMaxShare is { } share)
            {
                limits.Add("at most " + (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%");
            }

            var allowed = limits.Count == 0
                ? "none is allowed by default; a review is never a pass (gate config 'review: { max: N }' allows some)"
                : "allowed: " + string.Join(" and ", limits);
            findings.Add(new GateFinding("review", string.Create(CultureInfo.InvariantCulture, $"{run.Reviews} result(s) need review ({allowed}): {string.Join(", ", names.Take(10))}{(names.Count > 10 ? ", …" : "")}")));
        }

        foreach (var threshold in config.Thresholds)
        {
            findings.AddRange(Check(run, threshold));
        }

        if (baseline is not null && config.FailOnRegression)
        {
            findings.AddRange(baseline.Regressions.Select(c => new GateFinding("regression", c.Describe())));
        }

        var outcome = run.Run.Cancelled ? GateOutcome.Cancelled
            : run.Errors > 0 || run.Results.Count < run.Planned ? GateOutcome.Errors
            : findings.Count > 0 ? GateOutcome.Failed
            : GateOutcome.Passed;
        return new GateReport(outcome, findings, baseline);
    }

    private static bool ReviewsAllowed(RunResult run, GateConfig config)
    {
        if (config.ReviewMax is null && config.ReviewMaxShare is null)
        {
            return false;
        }

        var total = Math.Max(1, run.Results.Count);
        return (config.ReviewMax is not { } max || run.Reviews <= max) &&
            (config.ReviewMaxShare is not { } share || (double)run.Reviews / total <= share + 1e-9);
    }

    private static IEnumerable<GateFinding> Check(RunResult run, MetricThreshold t)
    {
        var scored = run.Results
            .Where(r => t.Category is null || string.Equals(r.Category, t.Category, StringComparison.Ordinal))
            .SelectMany(r => r.Metrics.Where(m => string.Equals(m.Id, t.Metric, StringComparison.Ordinal)).Select(m => (r.ScenarioId, Metric: m)))
            .ToList();
        if (scored.Count == 0)
        {
            yield return new GateFinding("threshold", $"{t.Scope}: no result has this metric, so the threshold cannot be checked ({t.Location}); check the metric id and category.");
            yield break;
        }

        if (t.PassRate is { } rate)
        {
            var passed = scored.Count(s => !s.Metric.Failed);
            var actual = (double)passed / scored.Count;
            if (actual < rate - 1e-9)
            {
                var failed = scored.Where(s => s.Metric.Failed).Select(s => s.ScenarioId).Distinct(StringComparer.Ordinal).Take(10);
                yield return new GateFinding("threshold", Invariant($"{t.Scope}: pass rate {actual * 100:0.0}% ({passed}/{scored.Count}) is below {rate * 100:0.0}%; failed in {string.Join(", ", failed)}"));
            }
        }

        var numbers = scored.Where(s => s.Metric.Value is double d && double.IsFinite(d)).Select(s => (s.ScenarioId, Value: (double)s.Metric.Value!)).ToList();
        if ((t.Min ?? t.Max ?? t.MeanMin ?? t.MeanMax) is not null && numbers.Count == 0)
        {
            yield return new GateFinding("threshold", $"{t.Scope}: has no numeric values, so min/max cannot be checked ({t.Location}); use pass_rate for true/false metrics.");
            yield break;
        }

        if (t.Min is { } min && numbers.MinBy(n => n.Value) is var low && low.Value < min)
        {
            yield return new GateFinding("threshold", Invariant($"{t.Scope}: {low.ScenarioId} has {low.Value:0.###}, below the minimum {min:0.###}"));
        }

        if (t.Max is { } max && numbers.MaxBy(n => n.Value) is var high && high.Value > max)
        {
            yield return new GateFinding("threshold", Invariant($"{t.Scope}: {high.ScenarioId} has {high.Value:0.###}, above the maximum {max:0.###}"));
        }

        var mean = numbers.Count > 0 ? numbers.Average(n => n.Value) : 0;
        if (t.MeanMin is { } meanMin && mean < meanMin)
        {
            yield return new GateFinding("threshold", Invariant($"{t.Scope}: mean {mean:0.###} is below {meanMin:0.###}"));
        }

        if (t.MeanMax is { } meanMax && mean > meanMax)
        {
            yield return new GateFinding("threshold", Invariant($"{t.Scope}: mean {mean:0.###} is above {meanMax:0.###}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
