namespace OncoAnswer.Harness.Runs;

/// <summary>How a scenario or metric changed from the baseline to the candidate.</summary>
public enum ChangeKind
{
    /// <summary>Passed in the baseline, does not pass now (or a metric that did not fail now fails).</summary>
    Regression,

    /// <summary>Did not pass in the baseline, passes now (or a failing metric no longer fails).</summary>
    Improvement,

    /// <summary>Same verdict (or same failed flag) in both.</summary>
    Unchanged,

    /// <summary>Only in the candidate.</summary>
    New,

    /// <summary>Only in the baseline.</summary>
    Removed,
}
