namespace OncoAnswer.Harness.Scenarios;

/// <summary>A HealthBench-style rubric line: a criterion, its points (−10..+10, non-zero) and tags such as axis and theme.</summary>
public sealed record RubricCriterion(string Criterion, int Points, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// Optional match specification that grades the criterion without a judge: <c>statement:ID</c> (met when the
    /// answer entails that knowledge-base statement) or a phrase in lexicon syntax (met when the answer says it,
    /// not negated nor attributed to others). Null: graded by the LLM judge when one is configured, else ungraded.
    /// </summary>
    public string? Match { get; init; }
}
