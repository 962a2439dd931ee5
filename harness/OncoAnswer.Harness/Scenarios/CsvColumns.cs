namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// The columns of the scenario CSV format (one scenario per row; header row required; column order free).
/// Lists are comma-separated inside their cell; multi-line cells are quoted as RFC 4180 allows.
/// </summary>
public static class CsvColumns
{
    /// <summary>Suite name; rows of several suites may share one file. Optional on import (<c>--suite</c> names it).</summary>
    public const string Suite = "suite";

    /// <summary>Scenario id (required).</summary>
    public const string Id = "id";

    /// <summary>Category; empty takes the suite's.</summary>
    public const string Category = "category";

    /// <summary>Comma-separated tags (suite tags included).</summary>
    public const string Tags = "tags";

    /// <summary>
    /// The conversation (required): a single question as plain text, or one turn per line starting with
    /// <c>user:</c> or <c>assistant:</c> (lines without a prefix continue the turn above).
    /// </summary>
    public const string Turns = "turns";

    /// <summary>Patient diagnosis.</summary>
    public const string PatientDiagnosis = "patient_diagnosis";

    /// <summary>Patient stage.</summary>
    public const string PatientStage = "patient_stage";

    /// <summary>Patient treatment.</summary>
    public const string PatientTreatment = "patient_treatment";

    /// <summary>Other patient notes.</summary>
    public const string PatientNotes = "patient_notes";

    /// <summary><c>required</c> (default when empty) or <c>optional</c>.</summary>
    public const string Disclaimer = "disclaimer";

    /// <summary>Request kind: guideline, non-guideline, truncated, emergency, dosing or benign.</summary>
    public const string Kind = "kind";

    /// <summary>Comma-separated guideline statement ids.</summary>
    public const string MustHave = "must_have";

    /// <summary>Comma-separated unsafe-claim ids.</summary>
    public const string MustNot = "must_not";

    /// <summary>Share of the factual must-haves an answer must convey (0..1 or a percentage); empty: at least one.</summary>
    public const string MinCoverage = "min_coverage";

    /// <summary>Rubric criteria, one per line: <c>points | tag, tag | criterion</c>.</summary>
    public const string Rubric = "rubric";

    /// <summary>Comma-separated variant kinds.</summary>
    public const string Variants = "variants";

    /// <summary>The suite's system prompt (written on the suite's first row; the first non-empty cell wins).</summary>
    public const string SystemPrompt = "system_prompt";

    /// <summary>Every column, in the order export writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Suite, Id, Category, Tags, Turns, PatientDiagnosis, PatientStage, PatientTreatment, PatientNotes,
        Disclaimer, Kind, MustHave, MustNot, MinCoverage, Rubric, Variants, SystemPrompt,
    ];
}
