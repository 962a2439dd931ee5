using System.Globalization;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Reporting.Html;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Report.Tests;

/// <summary>
/// Issue 19 item 13: every view of report.html (comparison, history, audit with thresholds and findings, numeric metric
/// values) is byte-for-byte the same whatever the current culture, so no number reads "100,0 %".
/// </summary>
public sealed class ReportCultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Render_EveryView_IsTheSameInEveryCulture(string culture)
    {
        var invariant = RenderUnder(CultureInfo.InvariantCulture);

        var local = RenderUnder(new CultureInfo(culture));

        Assert.Equal(invariant, local);
        Assert.DoesNotContain("100,0", local, StringComparison.Ordinal);
    }

    private static string RenderUnder(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var small = ReportRuns.Small();
            var run = small with
            {
                Results = [.. small.Results.Select((r, i) => r with { Metrics = [.. r.Metrics, new MetricResult("faithfulness.coverage", 0.25 + (i * 0.125), i % 2 == 0, "coverage", [], [])] })],
            };
            var baseline = ReportRuns.Baseline();
            var config = new GateConfig
            {
                Path = "gate.yaml",
                Thresholds =
                [
                    new MetricThreshold("disclaimer.not-advice", new SourceLocation("gate.yaml", 3, 5)) { PassRate = 0.975 },
                    new MetricThreshold("faithfulness.coverage", new SourceLocation("gate.yaml", 5, 5)) { Min = 0.5, MeanMin = 0.875, Max = 0.3 },
                ],
                ReviewMaxShare = 0.125,
            };
            var gate = Gate.Evaluate(run, config, RunComparer.Compare(baseline, run));
            var history = new[] { baseline, run }.Select(r => RunHistory.Point(r.Run, r.Results)).ToList();
            var options = new HtmlReportOptions { KnowledgeBase = ReportRuns.KnowledgeBase, Baseline = baseline, History = history, Gate = gate, GateConfig = config };
            return new HtmlReportWriter(options).Render(run);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
