namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Spreadsheet formula-injection guard for the scenario CSV: a cell that starts with a character a spreadsheet reads as
/// the start of a formula (=, +, -, @, tab, carriage return) is written with a leading apostrophe, which spreadsheets
/// show as text; the reader drops that apostrophe again, so export and import round-trip every cell (a cell that itself
/// starts with apostrophes before such a character gets one more, so it too reads back unchanged).
/// </summary>
internal static class CsvFormula
{
    private const string Triggers = "=+-@\t\r";

    /// <summary>The cell as written: prefixed with an apostrophe when it would start a formula.</summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return NeedsPrefix(cell) ? "'" + cell : cell;
    }

    /// <summary>The cell as read: the apostrophe <see cref="Neutralise"/> added is dropped; any other cell is kept as is.</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && NeedsPrefix(cell.AsSpan(1)) ? cell[1..] : cell;
    }

    private static bool NeedsPrefix(ReadOnlySpan<char> cell)
    {
        var start = cell.TrimStart('\'');
        return start.Length > 0 && Triggers.Contains(start[0]);
    }
}
