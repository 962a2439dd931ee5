namespace OncoAnswer.Harness.Scenarios;

/// <summary>A named set of scenarios loaded from one YAML file.</summary>
/// <param name="Name">Suite name, unique across loaded suites.</param>
/// <param name="Category">Default category of the suite's scenarios.</param>
/// <param name="Tags">Tags every scenario of the suite carries.</param>
/// <param name="SystemPrompt">Optional system prompt sent before each conversation.</param>
/// <param name="Scenarios">The scenarios, in file order.</param>
/// <param name="Path">The file the suite was read from.</param>
public sealed record Suite(
    string Name,
    string Category,
    IReadOnlyList<string> Tags,
    string? SystemPrompt,
    IReadOnlyList<Scenario> Scenarios,
    string Path)
{
    /// <summary>Variant kinds declared at suite level (each scenario without its own <c>variants</c> inherits them).</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}
