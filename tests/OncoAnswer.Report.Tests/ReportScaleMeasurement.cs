using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using OncoAnswer.Harness.Reporting;
using Xunit.Abstractions;

namespace OncoAnswer.Report.Tests;

/// <summary>
/// The 10,000-case measurement (scripts/measure-report.sh): renders a synthetic run with realistic answer lengths,
/// checks the file stays within 10 MB and reports render time, file size and Chromium's first paint and time until
/// the case list is ready. Figures go to the test output and to out/measurements/report-scale.txt.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportScaleMeasurement(BrowserFixture browser, ITestOutputHelper output)
{
    [OptInFact("ONCOANSWER_MEASURE", "scripts/measure-report.sh")]
    public async Task TenThousandCases_StayUnderTenMegabytes_AndPaint()
    {
        const int count = 10_000;
        var run = ReportRuns.Large(count);
        var folder = Path.Combine(ReportRuns.RepoRoot(), "out", "measurements");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "report-10000.html");

        var watch = Stopwatch.StartNew();
        new HtmlReportWriter().Write(run, path);
        var renderMs = watch.ElapsedMilliseconds;
        var bytes = new FileInfo(path).Length;
        var answerBytes = run.Results.Sum(r => (long)(r.Answer?.Length ?? 0));

        var page = await browser.Browser.NewPageAsync();
        watch.Restart();
        await page.GotoAsync(new Uri(path).AbsoluteUri + "#cases");
        await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        var readyMs = watch.ElapsedMilliseconds;
        var firstPaint = await page.EvaluateAsync<double>("() => (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime");
        var rendered = await page.Locator("#case-list > li.case").CountAsync();
        var shown = await page.Locator("#cases-shown").TextContentAsync();
        await page.CloseAsync();

        var report = string.Create(CultureInfo.InvariantCulture,
            $"cases: {count}\nanswer text: {answerBytes / 1048576.0:0.0} MB\nhtml file: {bytes / 1048576.0:0.00} MB ({bytes} bytes)\nrender (harness): {renderMs} ms\nfirst contentful paint: {firstPaint:0} ms\ncase list ready (load + inflate + first {rendered} rows): {readyMs} ms\nshown: {shown}\n");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(folder, "report-scale.txt"), report);

        Assert.True(bytes <= 10 * 1024 * 1024, $"report is {bytes} bytes");
        Assert.Equal($"{count} of {count} cases", shown);
        Assert.Equal(100, rendered); // lazy: only the first batch is in the DOM
    }
}
