namespace OncoAnswer.Harness.Scenarios;

/// <summary>A HealthBench-style rubric line: a criterion, its points (−10..+10, non-zero) and tags such as axis and theme.</summary>
public sealed record RubricCriterion(string Criterion, int Points, IReadOnlyList<string> Tags);
