namespace OncoAnswer.Harness.Scenarios;

/// <summary>What the conversation already knows about the patient (all fields optional).</summary>
public sealed record PatientProfile(string? Diagnosis, string? Stage, string? Treatment, string? Notes)
{
    /// <summary>A one-line rendering for reports and generator prompts, fields in a fixed order.</summary>
    public override string ToString()
    {
        var parts = new List<string>(4);
        AddIf(parts, "diagnosis", Diagnosis);
        AddIf(parts, "stage", Stage);
        AddIf(parts, "treatment", Treatment);
        AddIf(parts, "notes", Notes);
        return string.Join("; ", parts);
    }

    private static void AddIf(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(name + ": " + value);
        }
    }
}
