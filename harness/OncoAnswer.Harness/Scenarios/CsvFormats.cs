using System.Globalization;
using CsvHelper;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>The one CSV dialect OncoAnswer reads and writes (scenarios and knowledge-base statements alike).</summary>
public static class CsvFormats
{
    /// <summary>
    /// Comma separated, header row, cells untrimmed, blank lines skipped, invariant culture; malformed records are
    /// collected in <paramref name="malformed"/> so every one can be reported with its row.
    /// </summary>
    public static CsvReaderOptions Reader(List<CsvMalformedRecord> malformed) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = false,
        SkipEmptyLines = true,
        FormatProvider = CultureInfo.InvariantCulture,
        OnMalformedRecord = malformed.Add,
    };

    /// <summary>
    /// Comma separated, "\n" line ends, quoted only when needed, invariant culture. The library's own injection escaping
    /// stays off: cells are neutralised by <see cref="CsvFormula"/> instead, which the reader undoes, so a cell such as
    /// "-10 | …" survives a round trip and a spreadsheet never runs a cell as a formula.
    /// </summary>
    public static CsvWriterOptions Writer { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };
}
