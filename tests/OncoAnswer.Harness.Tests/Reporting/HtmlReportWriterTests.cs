using System.Text.Json;
using System.Text.RegularExpressions;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Reporting;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public async Task Render_ScriptInAnswer_IsEscapedInTheEmbeddedData()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync("<script>alert(1)</script>"));

        Assert.Contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal(3, ScriptTag().Count(html)); // the data block, the metric catalogue and the report's own script, nothing else
    }

    [Theory]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- </textarea></details></td></tr></table><b>bold</b>")]
    public async Task Render_HostileAnswerText_CannotLeaveTheDataBlock(string hostile)
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync(hostile));

        var data = DataBlock().Match(html);
        Assert.True(data.Success);
        Assert.DoesNotContain("<", data.Groups[1].Value, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(data.Groups[1].Value);
        var answers = document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("answer").GetString()).ToList();
        Assert.Contains(answers, a => a is not null && a.StartsWith(hostile, StringComparison.Ordinal));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_BidiControlsInAnswer_AreShownVisiblyWithANoticeAndEvidenceStillOnItsWords()
    {
        // Issue 19 item 11: U+202E reversed how the report displayed "not medical advice" around it, invisibly.
        var hostile = "Take 40 mg daily. \u202Eesivda lacidem ton\u202C \u2066x\u2069";
        var run = await Support.Runs.MixedAsync(hostile);

        var html = new HtmlReportWriter().Render(run);

        using var document = JsonDocument.Parse(DataBlock().Match(html).Groups[1].Value);
        var hostileCase = document.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "hostile-001");
        var shown = hostileCase.GetProperty("answer").GetString()!;
        Assert.StartsWith("Take 40 mg daily. ⟨U+202E⟩esivda lacidem ton⟨U+202C⟩ ⟨U+2066⟩x⟨U+2069⟩", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(shown, c => c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'));
        var notice = Assert.Single(hostileCase.GetProperty("notices").EnumerateArray()).GetString();
        Assert.Contains("4 bidirectional control character(s) (U+202C, U+202E, U+2066, U+2069)", notice, StringComparison.Ordinal);
        var original = run.Results.Single(r => r.ScenarioId == "hostile-001");
        foreach (var (metric, json) in original.Metrics.Zip(hostileCase.GetProperty("metrics").EnumerateArray()))
        {
            foreach (var (span, shownSpan) in metric.Evidence.Zip(json.GetProperty("evidence").EnumerateArray()))
            {
                var cited = original.Answer!.Substring(span.Start, span.Length);
                Assert.Equal(BidiControlsShown(cited), shown.Substring(shownSpan[0].GetInt32(), shownSpan[1].GetInt32()));
            }
        }
    }

    [Fact]
    public async Task Render_LoneSurrogatesInAnswer_RenderAsReplacementCharacters()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync("broken \ud800 text"));

        Assert.Contains("broken \\uFFFD text", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OverviewShowsCountsAndRatesServerSide()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync());

        Assert.Contains("<span class=\"value\" id=\"count-pass\">2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\" id=\"count-fail\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\" id=\"count-error\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\" id=\"pass-rate\">50.0 %</span>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>disclaimer.consult</code></td><td>66.7 %</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HostileCategoryNames_AreEncodedInTablesChartsAndFilters()
    {
        var run = await Support.Runs.MixedAsync();
        var hostile = run with { Results = run.Results.Select(r => r with { Category = "<img src=x onerror=alert(1)>" }).ToList() };

        var html = new HtmlReportWriter().Render(hostile);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AllowsOnlyItsOwnScriptAndNoRemoteLoads()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync());

        var csp = Csp().Match(html);
        Assert.True(csp.Success);
        Assert.StartsWith("default-src 'none';", csp.Groups[1].Value, StringComparison.Ordinal);
        Assert.Matches("script-src 'sha256-[A-Za-z0-9+/=]{44}'", csp.Groups[1].Value);
        Assert.DoesNotContain("unsafe-eval", csp.Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TemplateFolderWithSyntaxError_NamesFileAndLine()
    {
        using var dir = new TempDir();
        dir.Write("audit.sbn", "<h2>Audit</h2>\n{{ for x in }}\n");

        var ex = Assert.Throws<InputException>(() => new HtmlReportWriter(new HtmlReportOptions { TemplateFolder = dir.Path }));

        Assert.StartsWith(Path.Combine(dir.Path, "audit.sbn") + ":2:", ex.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    private static string BidiControlsShown(string text) => Harness.Text.BidiControls.Visible(text);

    [GeneratedRegex("<script type=\"application/json\" id=\"report-data\" data-encoding=\"json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();

    [GeneratedRegex("Content-Security-Policy\" content=\"([^\"]*)\"")]
    private static partial Regex Csp();
}
