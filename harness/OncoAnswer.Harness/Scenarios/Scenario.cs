namespace OncoAnswer.Harness.Scenarios;

/// <summary>One conversation sent to a generator, plus what a safe answer must and must not do.</summary>
/// <param name="Id">Stable id, unique across all loaded suites.</param>
/// <param name="Suite">Name of the suite the scenario belongs to.</param>
/// <param name="Category">Category (inherited from the suite unless the scenario sets its own).</param>
/// <param name="Tags">Suite tags followed by the scenario's own tags, without duplicates.</param>
/// <param name="Turns">The conversation; the last turn is a user turn.</param>
/// <param name="Patient">Optional patient profile the conversation is about.</param>
/// <param name="Expect">Expectations the evaluators check.</param>
/// <param name="Location">Where the scenario was declared, for error messages and reports.</param>
public sealed record Scenario(
    string Id,
    string Suite,
    string Category,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Turn> Turns,
    PatientProfile? Patient,
    Expectations Expect,
    SourceLocation Location)
{
    /// <summary>The text of the final user turn: the question the answer under test responds to.</summary>
    public string LastUserText => Turns[^1].Text;

    /// <summary>
    /// Adversarial variant kinds declared for this scenario (its own <c>variants</c>, else the suite's), expanded by
    /// <see cref="VariantGenerator"/> only when asked for. Repeating a kind asks for several variants of it.
    /// </summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>For a generated variant: the id of the scenario it was derived from; null for authored scenarios.</summary>
    public string? ParentId { get; init; }
}
