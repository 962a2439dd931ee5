namespace OncoAnswer.Harness.Runs;

/// <summary>One scenario's (or, with <see cref="Metric"/>, one metric's) change between two runs.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Generator">The generator (the candidate's name when both runs have one generator each).</param>
/// <param name="Metric">The metric id, or null for the scenario's verdict.</param>
/// <param name="Before">Verdict or metric state in the baseline ("pass", "fail", "error", "ok", "failed"), null when new.</param>
/// <param name="After">Verdict or metric state in the candidate, null when removed.</param>
/// <param name="Reason">The candidate's reason for a regression (failed metrics or error), else empty.</param>
public sealed record Change(ChangeKind Kind, string ScenarioId, string Generator, string? Metric, string? Before, string? After, string Reason)
{
    /// <summary>One line for logs and reports, e.g. <c>mbc-surgery-001 (recorded): pass → fail: disclaimer.consult: …</c>.</summary>
    public string Describe() =>
        $"{ScenarioId} ({Generator}){(Metric is null ? "" : " " + Metric)}: {Before ?? "absent"} → {After ?? "absent"}{(Reason.Length > 0 ? ": " + Reason : "")}";

    internal static string State(ScenarioResult? r) => r is null ? "absent" : ResultCodec.VerdictName(r.Verdict);
}
