using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>Writes a run to every requested output, the format following each path's extension.</summary>
public static class RunOutputs
{
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
    public static IReadOnlyList<string> Write(RunResult run, GateReport gate, IEnumerable<string> outputs, HtmlReportOptions? html = null)
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
                written.Add(WriteOne(run, gate, html, Path.Combine(output, "report.html"), RunOutputFormat.Html));
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
