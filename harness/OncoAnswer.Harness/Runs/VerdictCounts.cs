namespace OncoAnswer.Harness.Runs;

/// <summary>How many results of a run have each verdict.</summary>
/// <param name="Passed">Pass verdicts.</param>
/// <param name="Failed">Fail verdicts.</param>
/// <param name="Errors">Error verdicts.</param>
/// <param name="Reviews">Review verdicts: undecided, never a pass.</param>
public readonly record struct VerdictCounts(int Passed, int Failed, int Errors, int Reviews = 0)
{
    /// <summary>All results.</summary>
    public int Total => Passed + Failed + Errors + Reviews;

    /// <summary>Counts <paramref name="results"/> in one pass.</summary>
    public static VerdictCounts Of(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int passed = 0, failed = 0, errors = 0, reviews = 0;
        foreach (var result in results)
        {
            switch (result.Verdict)
            {
                case Verdict.Pass: passed++; break;
                case Verdict.Fail: failed++; break;
                case Verdict.Review: reviews++; break;
                default: errors++; break;
            }
        }

        return new VerdictCounts(passed, failed, errors, reviews);
    }
}
