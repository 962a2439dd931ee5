namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Compares a candidate run with a baseline. Results are matched by scenario id and generator name; when each run
/// has exactly one generator they are matched by scenario id alone, so a new model can be compared with the old one.
/// With <c>--repeat</c>, a scenario counts by its worst repetition (error, then fail, then pass).
/// </summary>
public static class RunComparer
{
    /// <summary>Compares <paramref name="candidate"/> with <paramref name="baseline"/>.</summary>
    public static RunComparison Compare(RunResult baseline, RunResult candidate)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var byScenarioOnly = Generators(baseline).Count == 1 && Generators(candidate).Count == 1;
        var before = Worst(baseline, byScenarioOnly);
        var after = Worst(candidate, byScenarioOnly);
        var keys = after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))).ToList();
        var scenarios = new List<Change>();
        var metrics = new List<Change>();
        foreach (var key in keys)
        {
            before.TryGetValue(key, out var b);
            after.TryGetValue(key, out var a);
            var shown = a ?? b!;
            var kind = (b, a) switch
            {
                (null, _) => ChangeKind.New,
                (_, null) => ChangeKind.Removed,
                _ when b.Verdict == Verdict.Pass && a.Verdict != Verdict.Pass => ChangeKind.Regression,
                _ when b.Verdict != Verdict.Pass && a.Verdict == Verdict.Pass => ChangeKind.Improvement,
                _ => ChangeKind.Unchanged,
            };
            var reason = kind == ChangeKind.Regression ? Why(a!) : "";
            scenarios.Add(new Change(kind, shown.ScenarioId, shown.Generator, null, b is null ? null : Change.State(b), a is null ? null : Change.State(a), reason));
            metrics.AddRange(CompareMetrics(shown, b, a));
        }

        return new RunComparison(baseline.Run.Id, candidate.Run.Id, scenarios, metrics);
    }

    private static IEnumerable<Change> CompareMetrics(ScenarioResult shown, ScenarioResult? b, ScenarioResult? a)
    {
        var before = (b?.Metrics ?? []).GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = (a?.Metrics ?? []).GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var id in after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))))
        {
            before.TryGetValue(id, out var mb);
            after.TryGetValue(id, out var ma);
            var kind = (mb, ma) switch
            {
                (null, _) => ChangeKind.New,
                (_, null) => ChangeKind.Removed,
                _ when MetricRank(ma) > MetricRank(mb) => ChangeKind.Regression,
                _ when MetricRank(ma) < MetricRank(mb) => ChangeKind.Improvement,
                _ => ChangeKind.Unchanged,
            };
            yield return new Change(kind, shown.ScenarioId, shown.Generator, id, State(mb), State(ma), kind == ChangeKind.Regression ? (ma!.Failed ? ma.Reason : "review: " + ma.Review) : "");
        }
    }

    // ok < review < failed: a metric that becomes undecided is a regression too.
    private static int MetricRank(MetricResult m) => m.Failed ? 2 : m.Review is not null ? 1 : 0;

    private static string? State(MetricResult? m) => m is null ? null : m.Failed ? "failed" : m.Review is not null ? "review" : "ok";

    private static string Why(ScenarioResult r) => ResultReasons.Why(r);

    private static HashSet<string> Generators(RunResult run) => run.Results.Select(r => r.Generator).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, ScenarioResult> Worst(RunResult run, bool byScenarioOnly)
    {
        var worst = new Dictionary<string, ScenarioResult>(StringComparer.Ordinal);
        foreach (var r in run.Results)
        {
            var key = byScenarioOnly ? r.ScenarioId : r.ScenarioId + "\u001f" + r.Generator;
            if (!worst.TryGetValue(key, out var seen) || Rank(r.Verdict) > Rank(seen.Verdict))
            {
                worst[key] = r;
            }
        }

        return worst;
    }

    private static int Rank(Verdict verdict) => verdict switch { Verdict.Pass => 0, Verdict.Review => 1, Verdict.Fail => 2, _ => 3 };
}
