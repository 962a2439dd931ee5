using Microsoft.Playwright;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Report.Tests;

/// <summary>A rendered report opened from disk in Chromium, recording console errors, page errors, dialogs and any request that is not the file itself.</summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly string folder;

    private ReportPage(IPage page, string folder, string path)
    {
        Page = page;
        this.folder = folder;
        Path = path;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                ConsoleErrors.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (request.Url != new Uri(path).AbsoluteUri)
            {
                Requests.Add(request.Url);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public string Path { get; }

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Requests { get; } = [];

    public List<string> Dialogs { get; } = [];

    public static async Task<ReportPage> OpenAsync(IBrowser browser, RunResult run, string hash = "", HtmlReportOptions? options = null)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "oncoanswer-report-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "report.html");
        new HtmlReportWriter((options ?? new HtmlReportOptions()) with { KnowledgeBase = ReportRuns.KnowledgeBase }).Write(run, path);
        var page = await browser.NewPageAsync();
        var report = new ReportPage(page, folder, path);
        await page.GotoAsync(new Uri(path).AbsoluteUri + hash);
        await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return report;
    }

    public Task<int> VisibleCasesAsync() => Page.Locator("#case-list > li.case").CountAsync();

    public async Task ExpandAsync(string scenarioId)
    {
        await Page.Locator($"li.case[data-scenario='{scenarioId}'] > button.case-head").ClickAsync();
        await Page.Locator($"li.case[data-scenario='{scenarioId}'] .case-body").WaitForAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        Directory.Delete(folder, recursive: true);
    }
}
