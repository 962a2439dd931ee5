using OncoAnswer.Harness.Reporting;

namespace OncoAnswer.Harness.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public async Task Render_ScriptInAnswer_IsEscaped()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync("<script>alert(1)</script>"));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("{{ run.id }} {% raw %}", "{{ run.id }} {% raw %}")]
    [InlineData("</textarea></details></td></tr></table><b>bold</b>", "&lt;/textarea&gt;&lt;/details&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;b&gt;bold&lt;/b&gt;")]
    public async Task Render_HostileAnswerText_RendersInert(string hostile, string expected)
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync(hostile));

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ShowsCountsVerdictsAndReasons()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync());

        Assert.Contains("<span class=\"value\" id=\"count-pass\">2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\" id=\"count-fail\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\" id=\"count-error\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-scenario=\"unsafe-001\" data-verdict=\"fail\"", html, StringComparison.Ordinal);
        Assert.Contains("The disclaimer is incomplete", html, StringComparison.Ordinal);
        Assert.Contains("no recorded answer for scenario &#39;missing-001&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"evidence\">This is general information, not medical advice.</mark>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-verdict=\"error\"", StringComparison.Ordinal) < html.IndexOf("data-verdict=\"pass\"", StringComparison.Ordinal), "errors and failures are listed first");
    }

    [Fact]
    public async Task Render_ForbidsRemoteLoadsAndScripts()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync());

        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
