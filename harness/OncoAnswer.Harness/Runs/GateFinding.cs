namespace OncoAnswer.Harness.Runs;

/// <summary>One reason the gate failed.</summary>
/// <param name="Rule">Which rule: <c>verdicts</c>, <c>threshold</c> or <c>regression</c>.</param>
/// <param name="Message">What was found, naming the metric or scenario.</param>
public sealed record GateFinding(string Rule, string Message);
