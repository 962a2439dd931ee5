using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting.Html;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>What the HTML report shows besides the run itself.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The knowledge base, so cases can show the statements involved with their sources.</summary>
    public KnowledgeBase KnowledgeBase { get; init; } = KnowledgeBase.Empty;

    /// <summary>A folder of templates overriding the bundled ones (file by file), or null.</summary>
    public string? TemplateFolder { get; init; }

    /// <summary>The gate's decision (outcome, findings, baseline comparison) for the Audit and Comparison views.</summary>
    public GateReport? Gate { get; init; }

    /// <summary>The gate configuration the run was judged by (thresholds shown in the Audit view).</summary>
    public GateConfig? GateConfig { get; init; }

    /// <summary>The baseline run; when set, the Comparison view shows regressions, movers and answers side by side.</summary>
    public RunResult? Baseline { get; init; }

    /// <summary>Stored runs, oldest first, for the History view (empty: no History view).</summary>
    public IReadOnlyList<HistoryPoint> History { get; init; } = [];

    /// <summary>A mutation run of this run (<c>oncoanswer mutate</c>); when set, the report gains a Sensitivity view.</summary>
    public Sensitivity.SensitivityResult? Sensitivity { get; init; }
}
