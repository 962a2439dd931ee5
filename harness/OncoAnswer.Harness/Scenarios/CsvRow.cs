namespace OncoAnswer.Harness.Scenarios;

/// <summary>One data row of a <see cref="CsvTable"/>; <see cref="Number"/> is the row number as a spreadsheet shows it.</summary>
internal sealed class CsvRow(CsvTable table, int number, string[] cells)
{
    public int Number { get; } = number;

    /// <summary>The cell of a column, or "" when the file has no such column.</summary>
    public string Cell(string column)
    {
        var index = table.IndexOf(column);
        return index < 0 ? "" : cells[index];
    }

    /// <summary>Non-empty items of a comma-separated cell, trimmed.</summary>
    public List<string> List(string column) =>
        Cell(column).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public SourceLocation At(string column) => SourceLocation.InTable(table.File, Number, column);
}
