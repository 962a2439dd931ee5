namespace OncoAnswer.Harness.Reporting;

/// <summary>The file formats a run can be written as; chosen by the output path's extension.</summary>
public enum RunOutputFormat
{
    /// <summary>A folder: results.json and report.html inside it.</summary>
    Folder,

    /// <summary>Results JSON (<c>.json</c>).</summary>
    Json,

    /// <summary>The HTML report (<c>.html</c>, <c>.htm</c>).</summary>
    Html,

    /// <summary>JUnit XML (<c>.xml</c>).</summary>
    JUnit,

    /// <summary>CSV, one row per metric (<c>.csv</c>).</summary>
    Csv,

    /// <summary>Markdown summary (<c>.md</c>).</summary>
    Markdown,
}
