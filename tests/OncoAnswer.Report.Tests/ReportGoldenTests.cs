using System.Globalization;
using OncoAnswer.Harness.Reporting;

namespace OncoAnswer.Report.Tests;

/// <summary>
/// Snapshot of the rendered report for a small fixed run. Rendering must not depend on the current culture.
/// After an intended template change, regenerate with ONCOANSWER_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class ReportGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(ReportRuns.RepoRoot(), "tests", "OncoAnswer.Report.Tests", "Golden", "report-small.html");

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Render_SmallRun_MatchesTheGoldenFile(string culture)
    {
        var html = RenderUnder(culture);

        if (Environment.GetEnvironmentVariable("ONCOANSWER_UPDATE_GOLDEN") == "1" && culture.Length == 0)
        {
            File.WriteAllText(GoldenPath, html);
        }

        Assert.Equal(File.ReadAllText(GoldenPath), html);
    }

    private static string RenderUnder(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
            return new HtmlReportWriter(new HtmlReportOptions { KnowledgeBase = ReportRuns.KnowledgeBase }).Render(ReportRuns.Small());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
