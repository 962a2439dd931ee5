namespace OncoAnswer.Harness.Guidelines;

/// <summary>Where a statement comes from: the guideline or paper, its year or version, and the section.</summary>
/// <param name="Title">Guideline or paper, e.g. "NCCN Guidelines for Patients: Metastatic Breast Cancer" or "Khan et al., JCO (E2108)".</param>
/// <param name="Year">Year or version, e.g. "2022" or "v2.2024".</param>
/// <param name="Section">Section, table or finding the statement is taken from.</param>
public sealed record StatementSource(string Title, string Year, string? Section)
{
    /// <summary>The recommendation's strength or evidence grade where the source grades it (e.g. "category 1", "strong; high-quality evidence").</summary>
    public string? Strength { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Section is null ? $"{Title} ({Year})" : $"{Title} ({Year}), {Section}";
}
