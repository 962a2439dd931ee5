namespace OncoAnswer.Harness.Runs;

/// <summary>Why a result is not a pass, in one line, the same in every console and report output.</summary>
public static class ResultReasons
{
    /// <summary>
    /// The error of an error verdict; the failed metrics of a fail (id: reason); the undecided metrics of a review
    /// ("review: id: why"); empty for a pass.
    /// </summary>
    public static string Why(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error ?? (result.Verdict == Verdict.Review
            ? "review: " + Join(result.Metrics.Where(m => m.Review is not null).Select(m => $"{m.Id}: {m.Review}"))
            : Join(result.Metrics.Where(m => m.Failed).Select(m => $"{m.Id}: {m.Reason}")));
    }

    /// <summary>
    /// Joins reasons with "; " as one sentence: each is trimmed, blank ones are left out, and a reason followed by
    /// another loses its closing '.', ';' or ',' (so "a.; b." reads "a; b."); the last keeps its own ending.
    /// </summary>
    public static string Join(IEnumerable<string?> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var parts = reasons.Select(r => r?.Trim()).Where(r => !string.IsNullOrEmpty(r)).ToList();
        return string.Join("; ", parts.Select((r, i) => i < parts.Count - 1 ? r!.TrimEnd('.', ';', ',', ' ') : r));
    }

    /// <summary>Orders results for a reader: review first (a person must act), then errors, fails, passes.</summary>
    public static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Review => 0,
        Verdict.Error => 1,
        Verdict.Fail => 2,
        _ => 3,
    };
}
