using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>How one rubric criterion was graded for one answer.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Met">True or false when graded; null when ungraded (never counted as met).</param>
/// <param name="By">"match", "judge" or "ungraded".</param>
public sealed record RubricGrade(RubricCriterion Criterion, bool? Met, string By);
