using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>The lower-case names verdicts and outcomes have in every output.</summary>
public static class VerdictNames
{
    /// <summary>"pass", "fail", "review" or "error".</summary>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Fail => "fail",
        Verdict.Review => "review",
        _ => "error",
    };

    /// <summary>"passed", "failed", "errors" or "cancelled".</summary>
    public static string Of(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Passed => "passed",
        GateOutcome.Failed => "failed",
        GateOutcome.Errors => "errors",
        _ => "cancelled",
    };
}
