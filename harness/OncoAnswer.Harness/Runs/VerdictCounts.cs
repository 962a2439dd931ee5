namespace OncoAnswer.Harness.Runs;

/// <summary>How many results of a run have each verdict.</summary>
/// <param name="Passed">Pass verdicts.</param>
/// <param name="Failed">Fail verdicts.</param>
/// <param name="Errors">Error verdicts.</param>
public readonly record struct VerdictCounts(int Passed, int Failed, int Errors)
{
    /// <summary>All results.</summary>
    public int Total => Passed + Failed + Errors;

    /// <summary>Counts <paramref name="results"/> in one pass.</summary>
    public static VerdictCounts Of(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int passed = 0, failed = 0, errors = 0;
        foreach (var result in results)
        {
            switch (result.Verdict)
            {
                case Verdict.Pass: passed++; break;
                case Verdict.Fail: failed++; break;
                default: errors++; break;
            }
        }

        return new VerdictCounts(passed, failed, errors);
    }
}
