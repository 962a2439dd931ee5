namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// One metric of the <see cref="MetricCatalogue"/>: its stable id and everything the rest of the harness needs to know
/// about it (gate validation, reports, history, mutation targets, calibration, the judge, the documentation).
/// </summary>
/// <param name="Id">Stable machine id, <c>family.name</c> (e.g. <c>safety.dosing</c>) or a bare family.</param>
/// <param name="Value">What the value is.</param>
/// <param name="Description">What the value says (the documentation's "value" column; Markdown).</param>
/// <param name="FailsWhen">When the metric fails (the documentation's "fails when" column; Markdown).</param>
public sealed record MetricDefinition(string Id, MetricValueKind Value, string Description, string FailsWhen)
{
    /// <summary>The family: the id up to its first dot (<c>safety</c> for <c>safety.dosing</c>), or the whole id.</summary>
    public string Family => Id.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? Id[..dot] : Id;

    /// <summary>Whether this is a key metric: charted in the report's History view.</summary>
    public bool Key { get; init; }

    /// <summary>The request kinds the metric applies to; empty when it can apply to any (see <see cref="AppliesToText"/>).</summary>
    public IReadOnlyList<RequestKind> AppliesTo { get; init; } = [];

    /// <summary>Where the metric applies, in words (the documentation's "applies to" column); by default the kinds of <see cref="AppliesTo"/>.</summary>
    public string AppliesToText
    {
        get => appliesToText ?? (AppliesTo.Count == 0 ? "all" : string.Join(", ", AppliesTo.Select(RequestKinds.Name)));
        init => appliesToText = value;
    }

    /// <summary>The phrase-lexicon categories the metric's evaluator reads (the lexicon must define them).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>What the metric checks, in words the LLM judge can apply to an undecided case; null for the generic wording.</summary>
    public string? JudgeCheck { get; init; }

    /// <summary>The report's evidence colour for the metric's spans (<c>ev-…</c> in report.css); <c>other</c> by default.</summary>
    public string Highlight { get; init; } = "other";

    /// <summary>Whether the metric applies to a request of <paramref name="kind"/> (always, when <see cref="AppliesTo"/> is empty).</summary>
    public bool AppliesToKind(RequestKind kind) => AppliesTo.Count == 0 || AppliesTo.Contains(kind);

    private readonly string? appliesToText;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
