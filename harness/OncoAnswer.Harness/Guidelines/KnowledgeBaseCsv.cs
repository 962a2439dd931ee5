using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Guidelines;

/// <summary>
/// A team's own guideline statements as CSV (one statement per row, read and written with CsvHelper) and as the YAML the
/// knowledge-base loader reads. Columns: <c>id, kind, text, source_title, source_year, source_section, strength, scope,
/// review_by, tags, key_terms, synonyms</c>; list cells separate their items with ';'. Every problem of every row is
/// reported together as <c>file: row N, column NAME</c> (the header is row 1).
/// </summary>
public static class KnowledgeBaseCsv
{
    /// <summary>The columns, in the order <see cref="Write(KnowledgeBase)"/> writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "kind", "text", "source_title", "source_year", "source_section", "strength", "scope", "review_by", "tags", "key_terms", "synonyms"];

    private static readonly string[] Required = ["id", "kind", "text", "source_title", "source_year"];

    /// <summary>Writes every statement of <paramref name="knowledgeBase"/> as CSV text (invariant culture, formula cells neutralised).</summary>
    public static string Write(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvFormats.Writer, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var s in knowledgeBase.Statements)
            {
                string[] cells =
                [
                    s.Id, s.Kind == StatementKind.Unsafe ? "unsafe" : "guideline", s.Text, s.Source.Title, s.Source.Year, s.Source.Section ?? "",
                    s.Source.Strength ?? "", s.Scope ?? "", s.ReviewBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    string.Join("; ", s.Tags), string.Join("; ", s.KeyTerms), string.Join("; ", s.Synonyms),
                ];
                foreach (var cell in cells)
                {
                    csv.WriteField(CsvFormula.Neutralise(cell));
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return writer.ToString();
    }

    /// <summary>Reads the statements of a CSV file; throws <see cref="InputException"/> listing every problem.</summary>
    public static IReadOnlyList<GuidelineStatement> Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<InputError>();
        var statements = new List<GuidelineStatement>();
        var malformed = new List<CsvMalformedRecord>();
        using var reader = CsvReader.FromText(text, CsvFormats.Reader(malformed));
        var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            throw new InputException(SourceLocation.InTable(file, 1), "the file is empty; the first row must name the columns: " + string.Join(", ", Columns) + ".");
        }

        foreach (var name in header.Where(h => h.Length > 0 && !Columns.Contains(h)))
        {
            errors.Add(new InputError(SourceLocation.InTable(file, 1, name), $"unknown column '{name}'; the columns are {string.Join(", ", Columns)}."));
        }

        foreach (var name in Required.Where(r => !header.Contains(r)))
        {
            errors.Add(new InputError(SourceLocation.InTable(file, 1), $"the column '{name}' is missing; every statement needs {string.Join(", ", Required)}."));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            while (reader.Read())
            {
                var row = checked((int)reader.RowNumber) + 1;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = CsvFormula.Restore(reader.GetString(i) ?? "").Trim();
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (cells.Length != header.Length)
                {
                    errors.Add(new InputError(SourceLocation.InTable(file, row), $"the row has {cells.Length} cells but the header has {header.Length}; check for a missing or extra comma, or an unclosed quote."));
                    continue;
                }

                string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 ? cells[i] : "";
                var before = errors.Count;
                foreach (var column in Required.Where(c => Cell(c).Length == 0))
                {
                    errors.Add(new InputError(SourceLocation.InTable(file, row, column), $"'{column}' is empty; every statement needs {string.Join(", ", Required)} (a statement without a source cannot be checked)."));
                }

                var id = Cell("id");
                if (id.Length > 0 && !CsvSuiteReader.IdPattern().IsMatch(id))
                {
                    errors.Add(new InputError(SourceLocation.InTable(file, row, "id"), $"'{id}' is not a valid id: use lower-case letters, digits, '.', '_' and '-', e.g. team.fever-urgent."));
                }
                else if (id.Length > 0 && seen.TryGetValue(id, out var first))
                {
                    errors.Add(new InputError(SourceLocation.InTable(file, row, "id"), $"the id '{id}' is used again (first on row {first})."));
                }
                else if (id.Length > 0)
                {
                    seen[id] = row;
                }

                var kindText = Cell("kind").ToLowerInvariant();
                var kind = kindText == "unsafe" ? StatementKind.Unsafe : StatementKind.Guideline;
                if (kindText.Length > 0 && kindText is not ("guideline" or "unsafe"))
                {
                    errors.Add(new InputError(SourceLocation.InTable(file, row, "kind"), $"'kind' must be 'guideline' or 'unsafe', not '{Cell("kind")}'."));
                }

                DateOnly? reviewBy = null;
                if (Cell("review_by") is { Length: > 0 } reviewText)
                {
                    if (DateOnly.TryParseExact(reviewText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        reviewBy = date;
                    }
                    else
                    {
                        errors.Add(new InputError(SourceLocation.InTable(file, row, "review_by"), $"'review_by' must be a date written YYYY-MM-DD, not '{reviewText}'."));
                    }
                }

                if (errors.Count > before)
                {
                    continue;
                }

                var source = new StatementSource(Cell("source_title"), Cell("source_year"), NullIfEmpty(Cell("source_section"))) { Strength = NullIfEmpty(Cell("strength")) };
                statements.Add(new GuidelineStatement(id, kind, Cell("text"), source, List(Cell("tags")), List(Cell("key_terms")), List(Cell("synonyms")), SourceLocation.InTable(file, row))
                {
                    Scope = NullIfEmpty(Cell("scope")),
                    ReviewBy = reviewBy,
                });
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new InputError(SourceLocation.InTable(file, checked((int)ex.RecordNumber)), "the CSV cannot be read here: " + ex.Message));
        }

        foreach (var bad in malformed)
        {
            errors.Add(new InputError(SourceLocation.InTable(file, checked((int)bad.RecordNumber)), $"the row is malformed ({bad.Reason}); check its quoting and commas."));
        }

        return errors.Count > 0 ? throw new InputException([.. errors.OrderBy(e => e.Location.Line)]) : statements;
    }

    /// <summary>The statements as a knowledge-base YAML file (scalars JSON-quoted, which YAML reads as double-quoted strings).</summary>
    public static string ToYaml(IEnumerable<GuidelineStatement> statements, string header)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var text = new StringBuilder();
        foreach (var line in (header ?? "").Split('\n'))
        {
            text.Append("# ").Append(line.TrimEnd()).Append('\n');
        }

        text.Append("statements:\n");
        foreach (var s in statements)
        {
            text.Append("  - id: ").Append(Quote(s.Id)).Append('\n');
            text.Append("    kind: ").Append(s.Kind == StatementKind.Unsafe ? "unsafe" : "guideline").Append('\n');
            text.Append("    text: ").Append(Quote(s.Text)).Append('\n');
            text.Append("    source: { title: ").Append(Quote(s.Source.Title)).Append(", year: ").Append(Quote(s.Source.Year));
            if (s.Source.Section is { } section)
            {
                text.Append(", section: ").Append(Quote(section));
            }

            if (s.Source.Strength is { } strength)
            {
                text.Append(", strength: ").Append(Quote(strength));
            }

            text.Append(" }\n");
            if (s.Scope is { } scope)
            {
                text.Append("    scope: ").Append(Quote(scope)).Append('\n');
            }

            if (s.ReviewBy is { } reviewBy)
            {
                text.Append("    review_by: ").Append(reviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            }

            foreach (var (name, items) in new[] { ("tags", s.Tags), ("key_terms", s.KeyTerms), ("synonyms", s.Synonyms) })
            {
                if (items.Count > 0)
                {
                    text.Append("    ").Append(name).Append(": [").Append(string.Join(", ", items.Select(Quote))).Append("]\n");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static List<string> List(string cell) =>
        [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
