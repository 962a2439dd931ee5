using System.Globalization;
using System.Net;
using System.Text;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// Server-rendered horizontal bar charts of pass rates (stacked pass / fail / error), as inline SVG: no script, no
/// external resource. Labels are user data (category names, metric ids) and are HTML-encoded.
/// </summary>
internal static class SvgBarChart
{
    private const int LabelWidth = 230;
    private const int BarWidth = 420;
    private const int RowHeight = 24;

    public static RawHtml Render(string title, IReadOnlyList<Rate> rates)
    {
        var height = (rates.Count * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarWidth + 80}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + 80} {height}\">");
        svg.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        for (var i = 0; i < rates.Count; i++)
        {
            var rate = rates[i];
            var y = (i * RowHeight) + 4;
            var total = Math.Max(1, rate.Total);
            var pass = BarWidth * rate.Passed / (double)total;
            var fail = BarWidth * rate.Failed / (double)total;
            var error = BarWidth * rate.Errors / (double)total;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"{rate.Name}: {rate.Passed} pass, {rate.Failed} fail, {rate.Errors} error of {rate.Total}"))}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{WebUtility.HtmlEncode(Shorten(rate.Name))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-bg\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{BarWidth}\" height=\"18\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-pass\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{pass:0.##}\" height=\"18\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-fail\" x=\"{LabelWidth + pass:0.##}\" y=\"{y}\" width=\"{fail:0.##}\" height=\"18\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-error\" x=\"{LabelWidth + pass + fail:0.##}\" y=\"{y}\" width=\"{error:0.##}\" height=\"18\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 15}\">{WebUtility.HtmlEncode(rate.Percent)}</text></g>");
        }

        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }

    private static string Shorten(string name) => name.Length <= 34 ? name : name[..33] + "…";
}
