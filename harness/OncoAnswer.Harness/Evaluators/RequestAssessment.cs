namespace OncoAnswer.Harness.Evaluators;

/// <summary>What the conversation asks for, and how that was decided.</summary>
/// <param name="Kind">One of <see cref="RequestKinds"/>.</param>
/// <param name="Stated">True when the scenario's <c>expect.kind</c> stated it (detection was overridden).</param>
/// <param name="Reason">Why, quoting the user's words that decided it.</param>
/// <param name="Evidence">The deciding spans in the user's turns, as (turn index, span).</param>
/// <param name="Detected">The kind detection found, even when the scenario stated another.</param>
public sealed record RequestAssessment(string Kind, bool Stated, string Reason, IReadOnlyList<(int Turn, Text.TextSpan Span)> Evidence, string Detected);
