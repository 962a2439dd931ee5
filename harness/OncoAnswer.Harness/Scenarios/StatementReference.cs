namespace OncoAnswer.Harness.Scenarios;

/// <summary>A knowledge-base statement id named by a scenario, with where it was written (for dangling-reference errors).</summary>
/// <param name="Id">The statement id.</param>
/// <param name="Field">The expectation field it appears in: <c>must_have</c> or <c>must_not</c>.</param>
/// <param name="Location">Where it was written (YAML line and column, or CSV row and column name).</param>
public sealed record StatementReference(string Id, string Field, SourceLocation Location);
