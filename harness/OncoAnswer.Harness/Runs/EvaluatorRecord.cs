namespace OncoAnswer.Harness.Runs;

/// <summary>An evaluator as recorded in a run's audit record.</summary>
/// <param name="Id">The evaluator's type name, e.g. <c>DisclaimerEvaluator</c>.</param>
/// <param name="Version">The version of the assembly it comes from.</param>
/// <param name="Metrics">The metric ids it reports.</param>
public sealed record EvaluatorRecord(string Id, string Version, IReadOnlyList<string> Metrics);
