namespace OncoAnswer.Harness.Scenarios;

/// <summary>A CSV file's header and rows, with cell access by column name.</summary>
internal sealed class CsvTable(string file, string[] header)
{
    public string File { get; } = file;

    public string[] Header { get; } = header;

    public List<CsvRow> Rows { get; } = [];

    public int IndexOf(string column) => Array.IndexOf(Header, column);

    /// <summary>Checks for unknown, duplicate and missing required columns.</summary>
    public bool CheckHeader(List<InputError> errors)
    {
        var before = errors.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in Header)
        {
            if (!CsvColumns.All.Contains(column))
            {
                var hint = Suggest.Closest(column, CsvColumns.All);
                errors.Add(new InputError(SourceLocation.InTable(File, 1, column), $"unknown column '{column}'" +
                    (hint is null ? "" : $"; did you mean '{hint}'?") + $" Known columns: {string.Join(", ", CsvColumns.All)}."));
            }
            else if (!seen.Add(column))
            {
                errors.Add(new InputError(SourceLocation.InTable(File, 1, column), $"column '{column}' appears twice in the header; keep one."));
            }
        }

        foreach (var required in new[] { CsvColumns.Id, CsvColumns.Turns })
        {
            if (!seen.Contains(required))
            {
                errors.Add(new InputError(SourceLocation.InTable(File, 1), $"the header has no '{required}' column; add it (columns: {string.Join(", ", CsvColumns.All)})."));
            }
        }

        return errors.Count == before;
    }
}
