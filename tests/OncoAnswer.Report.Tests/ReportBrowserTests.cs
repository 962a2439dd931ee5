using Microsoft.Playwright;

namespace OncoAnswer.Report.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Filters_AndFailedOnlyToggle_NarrowTheCaseList()
    {
        await using var report = await ReportPage.OpenAsync(browser.Browser, ReportRuns.Small(), "#cases");
        var page = report.Page;

        Assert.Equal(5, await report.VisibleCasesAsync());
        Assert.Equal("5 of 5 cases", await page.Locator("#cases-shown").TextContentAsync());

        await page.Locator("#filter-failed").CheckAsync();
        Assert.Equal(["lifestyle-001", "mbc-surgery-unsafe"], await IdsAsync(page));

        await page.Locator("#filter-failed").UncheckAsync();
        await page.Locator("#filter-category").SelectOptionAsync("lifestyle");
        Assert.Equal(["lifestyle-001"], await IdsAsync(page));

        await page.Locator("#filter-category").SelectOptionAsync("");
        await page.Locator("#filter-tag").SelectOptionAsync("metastatic");
        Assert.Equal(["mbc-surgery-001"], await IdsAsync(page));

        await page.Locator("#filter-tag").SelectOptionAsync("");
        await page.Locator("#filter-metric").SelectOptionAsync("disclaimer.consult");
        Assert.Equal(["mbc-surgery-unsafe"], await IdsAsync(page));

        await page.Locator("#filter-metric").SelectOptionAsync("");
        await page.Locator("#filter-verdict").SelectOptionAsync("pass");
        Assert.Equal(3, await report.VisibleCasesAsync());

        await page.Locator("#filter-verdict").SelectOptionAsync("");
        await page.Locator("#filter-search").FillAsync("ER-positive means");
        await Assertions.Expect(page.Locator("#case-list > li.case")).ToHaveCountAsync(1); // search waits for a typing pause
        Assert.Equal(["benign-001"], await IdsAsync(page));
    }

    [Fact]
    public async Task Case_HighlightsTheSeedDisclaimerSentenceAndShowsStatementsWithSources()
    {
        await using var report = await ReportPage.OpenAsync(browser.Browser, ReportRuns.Small(), "#cases");

        await report.ExpandAsync("mbc-surgery-001");

        var body = report.Page.Locator("li.case[data-scenario='mbc-surgery-001'] .case-body");
        var marks = await body.Locator(".answer-text mark.ev-disclaimer").AllTextContentsAsync();
        Assert.Contains(ReportRuns.SeedDisclaimerSentence, marks);
        Assert.Contains("Always consult your oncologist or care team before making treatment decisions.", marks);
        Assert.Contains("ER+ oligometastatic breast cancer", await body.Locator(".patient").TextContentAsync(), StringComparison.Ordinal);
        var statements = await body.Locator("ul.statements").TextContentAsync();
        Assert.Contains("Metastatic breast cancer is treated mainly with systemic therapy.", statements, StringComparison.Ordinal);
        Assert.Contains("NCCN Guidelines for Patients: Metastatic Breast Cancer (2024), Treatment", statements, StringComparison.Ordinal);
        Assert.Contains("Surgery on the metastases cures", statements, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryView_FitsA1400PixelWindow_WithoutScrollingSideways()
    {
        // A store of real runs: every key metric charted (a column each) and several generators with long names.
        var rates = Harness.Reporting.Html.RunHistory.KeyMetrics.ToDictionary(m => m, _ => 0.955);
        var history = Enumerable.Range(1, 6)
            .Select(i => new Harness.Reporting.Html.HistoryPoint($"2026112{i}T120000Z-abc12{i}", new DateTimeOffset(2026, 11, 20 + i, 12, 0, 0, TimeSpan.Zero), "reference, recorded, production-assistant-gpt-4o-mini, candidate-llama-3.1-70b-instruct", 253, 0.9, rates))
            .Append(Harness.Reporting.Html.RunHistory.Point(ReportRuns.Small().Run, ReportRuns.Small().Results))
            .ToList();
        var options = new Harness.Reporting.HtmlReportOptions { Baseline = ReportRuns.Baseline(), History = history };
        await using var report = await ReportPage.OpenAsync(browser.Browser, ReportRuns.Small(), options: options);
        var page = report.Page;
        await page.SetViewportSizeAsync(1400, 900);

        foreach (var view in new[] { "history", "comparison", "audit", "overview", "cases" })
        {
            await page.Locator($".tabs a[data-view='{view}']").ClickAsync();
            await Assertions.Expect(page.Locator($"#{view}")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var widest = await page.EvaluateAsync<int>($"() => Math.max(0, ...[...document.querySelectorAll('#{view} table')].map(t => t.getBoundingClientRect().right - document.querySelector('#{view}').getBoundingClientRect().right))");
            Assert.True(overflow <= 0, $"the {view} view scrolls sideways by {overflow}px at 1400px");
            Assert.True(widest <= 0, $"a table of the {view} view sticks out {widest}px past the view at 1400px");
        }
    }

    [Fact]
    public async Task Report_MakesNoRequestsAndLogsNoErrors_InAnyView()
    {
        var history = new[] { ReportRuns.Baseline(), ReportRuns.Small() }.Select(r => Harness.Reporting.Html.RunHistory.Point(r.Run, r.Results)).ToList();
        var options = new Harness.Reporting.HtmlReportOptions { Baseline = ReportRuns.Baseline(), History = history };
        await using var report = await ReportPage.OpenAsync(browser.Browser, ReportRuns.Small(), options: options);
        var page = report.Page;

        foreach (var view in new[] { "cases", "comparison", "history", "audit", "overview" })
        {
            await page.Locator($".tabs a[data-view='{view}']").ClickAsync();
            // The view switches on 'hashchange', which fires after the click returns: wait for it as a user would.
            await Assertions.Expect(page.Locator($"#{view}")).ToBeVisibleAsync();
        }

        await page.Locator(".tabs a[data-view='cases']").ClickAsync();
        foreach (var id in new[] { "mbc-surgery-001", "mbc-surgery-unsafe", "hostile-001", "lifestyle-001", "benign-001" })
        {
            await report.ExpandAsync(id);
        }

        Assert.Empty(report.ConsoleErrors);
        Assert.Empty(report.Requests);
    }

    [Fact]
    public async Task HostileAnswer_RunsNoScriptAndShowsAsText()
    {
        var fiveMegabytes = ReportRuns.HostileAnswer + new string('x', 5 * 1024 * 1024) + "<script>window.__pwned = 3</script>";
        await using var report = await ReportPage.OpenAsync(browser.Browser, ReportRuns.Small(fiveMegabytes), "#cases");

        await report.ExpandAsync("hostile-001");

        Assert.Null(await report.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Empty(report.Dialogs);
        var answer = await report.Page.Locator("li.case[data-scenario='hostile-001'] .answer-text").TextContentAsync();
        Assert.StartsWith("<script>window.__pwned = 1;", answer, StringComparison.Ordinal);
        Assert.Equal(0, await report.Page.Locator("li.case[data-scenario='hostile-001'] .answer-text img, li.case[data-scenario='hostile-001'] .answer-text iframe, li.case[data-scenario='hostile-001'] .answer-text script").CountAsync());
        Assert.Contains("<b>Ignore NCCN</b>", await report.Page.Locator("li.case[data-scenario='hostile-001'] .turn.user").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(report.Requests);
        Assert.Empty(report.ConsoleErrors);
    }

    private static async Task<string[]> IdsAsync(IPage page)
    {
        var ids = await page.Locator("#case-list > li.case").EvaluateAllAsync<string[]>("items => items.map(i => i.getAttribute('data-scenario'))");
        return ids.Order(StringComparer.Ordinal).ToArray();
    }
}
