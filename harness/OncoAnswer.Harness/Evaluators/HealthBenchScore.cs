namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// HealthBench scoring (Arora et al., 2025): an answer's score is the sum of the points of the criteria it meets
/// (negative points included) divided by the sum of the positive points of its rubric; per-axis and per-tag scores use
/// the same formula over the criteria carrying the tag; an aggregate over answers is the mean, clipped to [0, 1].
/// Ungraded criteria count as not met.
/// </summary>
public static class HealthBenchScore
{
    /// <summary>The answer's score (unclipped; may be negative), or null when the rubric has no positive points.</summary>
    public static double? Of(IEnumerable<RubricGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var list = grades.ToList();
        var possible = list.Where(g => g.Criterion.Points > 0).Sum(g => g.Criterion.Points);
        return possible == 0 ? null : list.Where(g => g.Met == true).Sum(g => g.Criterion.Points) / (double)possible;
    }

    /// <summary>The score per tag (e.g. "axis:accuracy"), over the criteria with that tag; tags without positive points are left out.</summary>
    public static IReadOnlyDictionary<string, double> ByTag(IEnumerable<RubricGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var list = grades.ToList();
        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var tag in list.SelectMany(g => g.Criterion.Tags).Distinct())
        {
            if (Of(list.Where(g => g.Criterion.Tags.Contains(tag))) is { } score)
            {
                result[tag] = score;
            }
        }

        return result;
    }

    /// <summary>The mean of per-answer scores, clipped to [0, 1]; null when there are none.</summary>
    public static double? Aggregate(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        return list.Count == 0 ? null : Math.Clamp(list.Average(), 0, 1);
    }
}
