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

        // Every output is rendered to a temporary file first and all are renamed into place together: a kill or a
        // failing output leaves the earlier set whole, never a truncated file or a mix of two runs' outputs.
        using var set = new OutputSet();
        var written = new List<string>();
        foreach (var output in outputs)
        {
            var format = FormatOf(output);
            if (format == RunOutputFormat.Folder)
            {
                Directory.CreateDirectory(output);
                written.Add(StageOne(set, run, gate, html, Path.Combine(output, "results.json"), RunOutputFormat.Json));
                var report = Path.Combine(output, "report.html");
                if (run.Results.Count <= FolderReportLimit)
                {
                    written.Add(StageOne(set, run, gate, html, report, RunOutputFormat.Html));
                }
                else
                {
                    // A report left from an earlier run must not pass for this run's.
                    set.DeleteOnCommit(report);
                    notice?.Invoke(string.Create(CultureInfo.InvariantCulture, $"report.html left out: {run.Results.Count} results is over {FolderReportLimit} (the report renders every case in memory); ask for it with --out {Path.GetFullPath(report)}"));
                }
            }
            else
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(output));
                Directory.CreateDirectory(folder!);
                written.Add(StageOne(set, run, gate, html, output, format));
            }
        }

        set.Commit();
        return written;
    }

    /// <summary>
    /// Checks, before a run starts, that every output can be written: each folder exists or can be created and takes a
    /// new file, no file output is an existing folder, and no output names a file of a format a run is not written in
    /// (<c>x.pdf</c> is refused, not taken for a folder). Throws an <see cref="Scenarios.InputException"/> naming the
    /// path, so a run never finishes only to lose its outputs.
    /// </summary>
    public static void CheckWritable(IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        foreach (var output in outputs)
        {
            var full = Path.GetFullPath(output);
            if (FormatOf(output) == RunOutputFormat.Folder && Path.GetExtension(output) is { Length: > 0 } extension)
            {
                throw new Scenarios.InputException(new Scenarios.SourceLocation(output, 0, 0), $"a run is not written as '{extension}'; give a .json, .html, .xml (JUnit), .csv or .md file, or a folder (a path without an extension, or ending in '{Path.DirectorySeparatorChar}').");
            }

            var folder = FormatOf(output) == RunOutputFormat.Folder ? full : Path.GetDirectoryName(full)!;
            if (FormatOf(output) != RunOutputFormat.Folder && Directory.Exists(full))
            {
                throw new Scenarios.InputException(new Scenarios.SourceLocation(full, 0, 0), "this output is a folder, not a file; give a file path (or a folder without an extension).");
            }

            try
            {
                Directory.CreateDirectory(folder);
                var probe = AtomicFile.TempNameFor(Path.Combine(folder, "probe"));
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new Scenarios.InputException(new Scenarios.SourceLocation(full, 0, 0), $"cannot write this output ({ex.Message}); choose a writable --out path.");
            }
        }
    }

    private static string StageOne(OutputSet set, RunResult run, GateReport gate, HtmlReportOptions? html, string path, RunOutputFormat format) => format switch
    {
        RunOutputFormat.Json => set.Stage(path, stream => ResultsJsonWriter.Write(run, stream, gate)),
        RunOutputFormat.Html => set.StageText(path, new HtmlReportWriter(html).Render(run)),
        RunOutputFormat.JUnit => set.Stage(path, stream => JUnitWriter.Write(run, stream)),
        RunOutputFormat.Csv => set.Stage(path, stream =>
        {
            using var writer = new StreamWriter(stream, OutputSet.Utf8, leaveOpen: true);
            CsvWriter.Write(run, writer);
        }),
        _ => set.StageText(path, MarkdownSummaryWriter.Render(run, gate)),
    };
}
