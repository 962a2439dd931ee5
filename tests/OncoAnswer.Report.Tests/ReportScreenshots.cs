using Microsoft.Playwright;

namespace OncoAnswer.Report.Tests;

/// <summary>Writes the README's screenshots (docs/screenshots) from the small fixed run: scripts/screenshots.sh.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportScreenshots(BrowserFixture browser)
{
    [OptInFact("ONCOANSWER_SCREENSHOTS", "scripts/screenshots.sh")]
    public async Task Overview_AndOneCase()
    {
        var folder = Path.Combine(ReportRuns.RepoRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await using var report = await ReportPage.OpenAsync(browser.Browser, ReportRuns.Small());
        await report.Page.SetViewportSizeAsync(1280, 900);

        await report.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "overview.png"), FullPage = true });

        await report.Page.Locator(".tabs a[data-view='cases']").ClickAsync();
        await report.ExpandAsync("mbc-surgery-001");
        await report.Page.Locator("li.case[data-scenario='mbc-surgery-001']").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, "case.png") });

        Assert.True(new FileInfo(Path.Combine(folder, "case.png")).Length > 10_000);
    }
}
