using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Reads scenarios from the CSV format (<see cref="CsvColumns"/>) with CsvHelper. Every problem of every row is
/// collected and raised together, located as <c>file: row N, column NAME</c> (row 1 is the header).
/// </summary>
public static partial class CsvSuiteReader
{
    /// <summary>
    /// Reads the rows of suite <paramref name="suiteName"/> (rows whose <c>suite</c> cell is empty or equal to it; all rows
    /// when the file has no <c>suite</c> column). When <paramref name="knowledgeBase"/> is given, statement ids are checked
    /// against it. <paramref name="category"/> overrides the suite category (default: the most common row category).
    /// </summary>
    public static Suite Read(string file, string text, string suiteName, KnowledgeBase? knowledgeBase = null, string? category = null)
    {
        ArgumentNullException.ThrowIfNull(suiteName);
        var all = ReadAll(file, text, knowledgeBase, suiteName, category);
        return all.Single();
    }

    /// <summary>Reads every suite of the file, grouped by the <c>suite</c> column (a file without it is one suite named after the file).</summary>
    public static IReadOnlyList<Suite> ReadAll(string file, string text, KnowledgeBase? knowledgeBase = null) =>
        ReadAll(file, text, knowledgeBase, null, null);

    private static List<Suite> ReadAll(string file, string text, KnowledgeBase? knowledgeBase, string? onlySuite, string? category)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<InputError>();
        var rows = ReadRows(file, text, errors);
        if (rows is null)
        {
            throw new InputException(errors);
        }

        var defaultName = onlySuite ?? Path.GetFileNameWithoutExtension(file);
        var groups = rows.Rows
            .GroupBy(r => string.IsNullOrWhiteSpace(r.Cell(CsvColumns.Suite)) ? defaultName : r.Cell(CsvColumns.Suite).Trim(), StringComparer.Ordinal)
            .ToList();
        if (onlySuite is not null)
        {
            groups = groups.Where(g => g.Key == onlySuite).ToList();
            if (groups.Count == 0)
            {
                var names = rows.Rows.Select(r => r.Cell(CsvColumns.Suite).Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
                errors.Add(new InputError(SourceLocation.InTable(file, 1, CsvColumns.Suite),
                    $"no rows belong to suite '{onlySuite}'; the file holds: {string.Join(", ", names)}. Pass one of those with --suite, or clear the suite column."));
                throw new InputException(errors);
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var suites = new List<Suite>();
        foreach (var group in groups)
        {
            var scenarios = new List<Scenario>();
            foreach (var row in group)
            {
                var scenario = CsvRowReader.Read(row, group.Key, knowledgeBase, errors);
                if (scenario is null)
                {
                    continue;
                }

                if (seen.TryGetValue(scenario.Id, out var firstRow))
                {
                    errors.Add(new InputError(row.At(CsvColumns.Id), $"duplicate scenario id '{scenario.Id}' (first in row {firstRow}); give each scenario its own id."));
                    continue;
                }

                seen[scenario.Id] = row.Number;
                scenarios.Add(scenario);
            }

            suites.Add(MakeSuite(file, group.Key, category, scenarios, group.Select(r => r.Cell(CsvColumns.SystemPrompt)).FirstOrDefault(p => p.Length > 0)));
        }

        return errors.Count > 0 ? throw new InputException(errors) : suites;
    }

    private static Suite MakeSuite(string file, string name, string? category, List<Scenario> scenarios, string? systemPrompt)
    {
        var suiteCategory = category ?? scenarios.GroupBy(s => s.Category, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "imported";
        var commonTags = scenarios.Count == 0 ? [] : scenarios[0].Tags.ToList();
        foreach (var scenario in scenarios)
        {
            var shared = 0;
            while (shared < commonTags.Count && shared < scenario.Tags.Count && commonTags[shared] == scenario.Tags[shared])
            {
                shared++;
            }

            commonTags = commonTags.Take(shared).ToList();
        }

        var variants = scenarios.Count > 0 && scenarios.All(s => s.Variants.SequenceEqual(scenarios[0].Variants)) ? scenarios[0].Variants : [];
        return new Suite(name, suiteCategory, commonTags, systemPrompt, scenarios.Select(s => s with { Suite = name }).ToList(), file) { Variants = variants };
    }

    private static CsvTable? ReadRows(string file, string text, List<InputError> errors)
    {
        var malformed = new List<CsvMalformedRecord>();
        using var reader = CsvReader.FromText(text, CsvFormats.Reader(malformed));
        CsvTable? table = null;
        try
        {
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                errors.Add(new InputError(SourceLocation.InTable(file, 1), "the file is empty; the first row must name the columns (at least id and turns)."));
                return null;
            }

            table = new CsvTable(file, header);
            if (!table.CheckHeader(errors))
            {
                return null;
            }

            while (reader.Read())
            {
                var row = checked((int)reader.RowNumber) + 1;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = CsvFormula.Restore(reader.GetString(i) ?? "");
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (cells.Length != header.Length)
                {
                    errors.Add(new InputError(SourceLocation.InTable(file, row),
                        $"the row has {cells.Length} cells but the header has {header.Length}; check for a missing or extra comma, or an unclosed quote."));
                    continue;
                }

                table.Rows.Add(new CsvRow(table, row, cells));
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new InputError(SourceLocation.InTable(file, checked((int)ex.RecordNumber)), "the CSV cannot be read here: " + ex.Message));
        }

        foreach (var bad in malformed)
        {
            errors.Add(new InputError(SourceLocation.InTable(file, checked((int)bad.RecordNumber)), Describe(bad.Reason)));
        }

        return errors.Count > 0 ? null : table;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote (\") appears inside a cell that is not quoted; quote the whole cell and double the inner quotes (\"\").",
        CsvMalformedReason.TextAfterClosingQuote => "text follows the closing quote of a cell; put the whole cell inside the quotes and double inner quotes (\"\").",
        CsvMalformedReason.UnterminatedQuote => "a quoted cell is never closed, so it swallows the rest of the file; add the closing quote (\").",
        _ => $"the row is malformed ({reason}); check its quoting and commas.",
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();
}
