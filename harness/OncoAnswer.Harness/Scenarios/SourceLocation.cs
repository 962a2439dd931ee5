using System.Globalization;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// A position in an input file: 1-based line and column for text files (YAML, JSONL), or, for tables (CSV), the
/// 1-based row (the header is row 1) and the column's name (see <see cref="InTable"/>).
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>True for a table location: <see cref="Line"/> is the row and <see cref="ColumnName"/> names the column.</summary>
    public bool IsTable { get; init; }

    /// <summary>For table locations: the header of the column the problem is in, or null for the whole row.</summary>
    public string? ColumnName { get; init; }

    /// <summary>A row (and optionally column) location in a table such as a CSV file; row 1 is the header.</summary>
    public static SourceLocation InTable(string file, int row, string? columnName = null) =>
        new(file, row, 0) { IsTable = true, ColumnName = columnName };

    /// <summary>
    /// Formats as <c>file:line:column</c>, the form editors and CI logs link to; table locations read
    /// <c>file: row 12, column must_have</c> (or <c>file: row 12</c> when the whole row is meant). A location without
    /// a line (a missing file, a whole folder) is the file alone, and one without a column is <c>file:line</c>.
    /// </summary>
    public override string ToString() => IsTable
        ? string.Create(CultureInfo.InvariantCulture, $"{File}: row {Line}") + (ColumnName is null ? "" : ", column " + ColumnName)
        : Line <= 0
            ? File
            : Column <= 0
                ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
                : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
