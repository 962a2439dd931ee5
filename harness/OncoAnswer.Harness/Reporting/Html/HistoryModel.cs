using System.Globalization;
using System.Net;
using System.Text;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>The History view's data: a server-rendered SVG line chart of the key pass rates per run, and the table behind it.</summary>
internal static class HistoryModel
{
    private const int Width = 760;
    private const int Height = 240;
    private const int Left = 44;
    private const int Top = 12;
    private const int PlotWidth = 520;
    private const int PlotHeight = 190;

    public static ScriptObject Build(IReadOnlyList<HistoryPoint> history, string currentRunId)
    {
        var series = new List<(string Name, Func<HistoryPoint, double?> Value)> { ("overall pass rate", p => p.PassRate) };
        foreach (var metric in RunHistory.KeyMetrics.Where(m => history.Any(p => p.MetricPassRates.ContainsKey(m))))
        {
            series.Add((metric, p => p.MetricPassRates.TryGetValue(metric, out var v) ? v : null));
        }

        var columns = new ScriptArray();
        foreach (var (name, _) in series)
        {
            columns.Add(name);
        }

        var rows = new ScriptArray();
        foreach (var point in history)
        {
            var cells = new ScriptArray();
            foreach (var (_, value) in series)
            {
                cells.Add(value(point) is { } v ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—");
            }

            rows.Add(new ScriptObject
            {
                ["run_id"] = point.RunId,
                ["started_at"] = point.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                ["generators"] = point.Generators,
                ["total"] = point.Total,
                ["current"] = point.RunId == currentRunId,
                ["cells"] = cells,
            });
        }

        return new ScriptObject { ["chart"] = Chart(history, series), ["columns"] = columns, ["rows"] = rows };
    }

    private static RawHtml Chart(IReadOnlyList<HistoryPoint> history, List<(string Name, Func<HistoryPoint, double?> Value)> series)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart history\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\"><title>Pass rates across stored runs</title>");
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var y = Y(tick / 100.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick}%</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (name, value) = series[s];
            var points = new StringBuilder();
            for (var i = 0; i < history.Count; i++)
            {
                if (value(history[i]) is { } v)
                {
                    points.Append(CultureInfo.InvariantCulture, $"{X(i, history.Count):0.#},{Y(v):0.#} ");
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"s{s}\" cx=\"{X(i, history.Count):0.#}\" cy=\"{Y(v):0.#}\" r=\"3\"><title>{WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"{history[i].RunId} {name}: {100 * v:0.0} %"))}</title></circle>");
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"s{s}\" fill=\"none\" points=\"{points.ToString().TrimEnd()}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"s{s}\" x=\"{Left + PlotWidth + 16}\" y=\"{Top + (s * 18)}\" width=\"10\" height=\"10\"/><text x=\"{Left + PlotWidth + 32}\" y=\"{Top + (s * 18) + 9}\">{WebUtility.HtmlEncode(name)}</text>");
        }

        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }

    private static double X(int index, int count) => Left + (count <= 1 ? PlotWidth / 2.0 : PlotWidth * index / (double)(count - 1));

    private static double Y(double rate) => Top + (PlotHeight * (1 - rate));
}
