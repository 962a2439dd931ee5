using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Reporting;

/// <summary>What the HTML report shows besides the run itself.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The knowledge base, so cases can show the statements involved with their sources.</summary>
    public KnowledgeBase KnowledgeBase { get; init; } = KnowledgeBase.Empty;

    /// <summary>A folder of templates overriding the bundled ones (file by file), or null.</summary>
    public string? TemplateFolder { get; init; }

    /// <summary>A mutation run of this run (<c>oncoanswer mutate</c>); when set, the report gains a Sensitivity view.</summary>
    public Sensitivity.SensitivityResult? Sensitivity { get; init; }
}
