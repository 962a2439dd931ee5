using System.Globalization;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// <c>runs prune --keep N</c>: deletes the runs older than the newest N, except a run that may still be running — one
/// whose lock a live process holds, or an unfinished one younger than <c>unfinishedAge</c> (a resume may still come) —
/// so pruning never pulls a run from under the process writing it.
/// </summary>
public static class RunPruner
{
    /// <summary>Prunes <paramref name="store"/>; returns the deleted runs and the kept ones with why.</summary>
    public static (IReadOnlyList<StoredRun> Deleted, IReadOnlyList<(StoredRun Run, string Why)> Kept) Prune(IRunStore store, int keep, TimeSpan unfinishedAge, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        var deleted = new List<StoredRun>();
        var kept = new List<(StoredRun, string)>();
        foreach (var run in store.ListRuns().Skip(keep))
        {
            if (store.LockHolders(run.Record.Id) is [var holder, ..])
            {
                kept.Add((run, "running: " + holder.Describe(now)));
            }
            else if (!run.Finished && now - run.Record.StartedAt < unfinishedAge)
            {
                kept.Add((run, $"unfinished, started {Age(now - run.Record.StartedAt)} ago (younger than {Age(unfinishedAge)}; it may still be running or be resumed)"));
            }
            else if (store.DeleteRun(run.Record.Id))
            {
                deleted.Add(run);
            }
        }

        return (deleted, kept);
    }

    /// <summary>"90 s", "25 min", "3 h", "2 d".</summary>
    public static string Age(TimeSpan age) => age.TotalSeconds < 120 ? Whole(age.TotalSeconds, "s")
        : age.TotalMinutes < 120 ? Whole(age.TotalMinutes, "min")
        : age.TotalHours < 48 ? Whole(age.TotalHours, "h")
        : Whole(age.TotalDays, "d");

    /// <summary>Parses an age such as <c>90s</c>, <c>30m</c>, <c>24h</c> or <c>7d</c>; null when malformed.</summary>
    public static TimeSpan? ParseAge(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length < 2 || !double.TryParse(t[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return char.ToLowerInvariant(t[^1]) switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }

    private static string Whole(double value, string unit) => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(Math.Max(0, value))} {unit}");
}
