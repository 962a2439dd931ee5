using System.Globalization;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>Writes a run to every requested output, the format following each path's extension.</summary>
public static class RunOutputs
{
    /// <summary>The most results a folder output renders an HTML report for; results.json is always written.</summary>
    public const int FolderReportLimit = 20_000;

    /// <summary>The format <paramref name="path"/> asks for (a path without a known extension is a folder).</summary>
    public static RunOutputFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => RunOutputFormat.Json,
            ".html" or ".htm" => RunOutputFormat.Html,
            ".xml" => RunOutputFormat.JUnit,
            ".csv" => RunOutputFormat.Csv,
            ".md" => RunOutputFormat.Markdown,
            _ => RunOutputFormat.Folder,
        };
    }

    /// <summary>Writes <paramref name="run"/> to each of <paramref name="outputs"/>; returns the files written (full paths).</summary>
    /// <param name="run">The run.</param>
    /// <param name="gate">The gate's decision.</param>
    /// <param name="outputs">Paths; the extension picks the format.</param>
    /// <param name="html">Options of the HTML report (e.g. the knowledge base it quotes).</param>
    public static IReadOnlyList<string> Write(RunResult run, GateReport gate, IEnumerable<string> outputs, HtmlReportOptions? html = null) =>
        Write(run, gate, outputs, html, null);

    /// <summary>
    /// Writes <paramref name="run"/> to each of <paramref name="outputs"/>; returns the files written (full paths). A folder
    /// output gets report.html only up to <see cref="FolderReportLimit"/> results (the report holds every case in memory
    /// while it renders); above that <paramref name="notice"/> is told why it was left out. An explicit .html path is
    /// always written.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="gate">The gate's decision.</param>
    /// <param name="outputs">Paths; the extension picks the format.</param>
    /// <param name="html">Options of the HTML report (e.g. the knowledge base it quotes).</param>
    /// <param name="notice">Told about outputs left out, in one line each; null to ignore.</param>
    public static IReadOnlyList<string> Write(RunResult run, GateReport gate, IEnumerable<string> outputs, HtmlReportOptions? html, Action<string>? notice)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outputs);
        var written = new List<string>();
        foreach (var output in outputs)
        {
            var format = FormatOf(output);
            if (format == RunOutputFormat.Folder)
            {
                Directory.CreateDirectory(output);
                written.Add(WriteOne(run, gate, html, Path.Combine(output, "results.json"), RunOutputFormat.Json));
                var report = Path.Combine(output, "report.html");
                if (run.Results.Count <= FolderReportLimit)
                {
                    written.Add(WriteOne(run, gate, html, report, RunOutputFormat.Html));
                }
                else
                {
                    // A report left from an earlier run must not pass for this run's.
                    File.Delete(report);
                    notice?.Invoke(string.Create(CultureInfo.InvariantCulture, $"report.html left out: {run.Results.Count} results is over {FolderReportLimit} (the report renders every case in memory); ask for it with --out {Path.GetFullPath(report)}"));
                }
            }
            else
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(output));
                Directory.CreateDirectory(folder!);
                written.Add(WriteOne(run, gate, html, output, format));
            }
        }

        return written;
    }

    private static string WriteOne(RunResult run, GateReport gate, HtmlReportOptions? html, string path, RunOutputFormat format)
    {
        var full = Path.GetFullPath(path);
        switch (format)
        {
            case RunOutputFormat.Json:
                ResultsJsonWriter.Write(run, full, gate);
                break;
            case RunOutputFormat.Html:
                new HtmlReportWriter(html).Write(run, full);
                break;
            case RunOutputFormat.JUnit:
                JUnitWriter.Write(run, full);
                break;
            case RunOutputFormat.Csv:
                CsvWriter.Write(run, full);
                break;
            default:
                File.WriteAllText(full, MarkdownSummaryWriter.Render(run, gate));
                break;
        }

        return full;
    }
}
