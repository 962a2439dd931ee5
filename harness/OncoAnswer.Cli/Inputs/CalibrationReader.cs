using System.Globalization;
using System.Text.Json;
using CsvHelper;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Inputs;

/// <summary>
/// Reads calibration rows from JSONL (one object per line; blank and '#' lines skipped) or CSV (header row), with the
/// fields id?, question?, answer, statement or metric, label. Every problem of the file is reported together with file:line.
/// </summary>
internal static class CalibrationReader
{
    private static readonly string[] Fields = ["id", "question", "answer", "statement", "metric", "label"];

    public static IReadOnlyList<CalibrationRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path, 0, 0), "no such file; pass a labelled .jsonl or .csv file.");
        }

        var errors = new List<InputError>();
        var rows = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path, errors) : ReadJsonl(path, errors);
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(new SourceLocation(path, 0, 0), "no labelled rows; add rows with answer, statement or metric, and label."));
        }

        return errors.Count > 0 ? throw new InputException(errors) : rows;
    }

    private static List<CalibrationRow> ReadJsonl(string path, List<InputError> errors)
    {
        var rows = new List<CalibrationRow>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var at = new SourceLocation(path, line, 1);
            try
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new InputError(at, "each line must be a JSON object with answer, statement or metric, and label."));
                    continue;
                }

                var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Fields.Contains(n) && n != "split");
                if (unknown is not null)
                {
                    errors.Add(new InputError(at, $"unknown field \"{unknown}\"; a row has {string.Join(", ", Fields)}."));
                    continue;
                }

                string? Get(string name) => root.TryGetProperty(name, out var v) ? v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                } : null;
                Add(rows, at, Get("id"), Get("question"), Get("answer"), Get("statement"), Get("metric"), Get("label"), errors);
            }
            catch (JsonException ex)
            {
                errors.Add(new InputError(at with { Column = (int)(ex.BytePositionInLine ?? 0) + 1 }, "not valid JSON: " + ex.Message.Split('.')[0] + "."));
            }
        }

        return rows;
    }

    private static List<CalibrationRow> ReadCsv(string path, List<InputError> errors)
    {
        var rows = new List<CalibrationRow>();
        var options = new CsvReaderOptions { Separator = ',', TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw, FormatProvider = CultureInfo.InvariantCulture };
        try
        {
            using var csv = CsvReader.FromFile(path, options);
            var unknown = csv.Headers.FirstOrDefault(h => !Fields.Contains(h));
            if (unknown is not null)
            {
                errors.Add(new InputError(new SourceLocation(path, 1, 1), $"unknown column \"{unknown}\"; columns are {string.Join(", ", Fields)}."));
                return rows;
            }

            while (csv.Read())
            {
                string? Field(string name) => csv.TryGetFieldIndex(name, out var index) && index < csv.FieldCount ? csv.GetString(index) : null;
                Add(rows, new SourceLocation(path, (int)csv.LineNumber, 1), Field("id"), Field("question"), Field("answer"), Field("statement"), Field("metric"), Field("label"), errors);
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new InputError(new SourceLocation(path, (int)Math.Max(ex.LineNumber, 0), 1), "malformed CSV (check the quoting of this record): " + ex.Message.Split('\n')[0]));
        }

        return rows;
    }

    private static void Add(List<CalibrationRow> rows, SourceLocation at, string? id, string? question, string? answer, string? statement, string? metric, string? label, List<InputError> errors)
    {
        var what = string.IsNullOrWhiteSpace(id) ? "this row" : $"row '{id}'";
        statement = string.IsNullOrWhiteSpace(statement) ? null : statement.Trim();
        metric = string.IsNullOrWhiteSpace(metric) ? null : metric.Trim();
        label = label?.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(answer))
        {
            errors.Add(new InputError(at, $"{what} has no answer; add the answer text."));
        }
        else if ((statement is null) == (metric is null))
        {
            errors.Add(new InputError(at, $"{what} needs exactly one of statement (an id or text) and metric (e.g. safety.dosing)."));
        }
        else if (statement is not null && StatementVerdict.Parse(label) is null)
        {
            errors.Add(new InputError(at, $"the label of {what} must be entailed, neutral or contradicted, not '{label}'."));
        }
        else if (metric is not null && label is not ("true" or "false"))
        {
            errors.Add(new InputError(at, $"the label of {what} must be true or false for a metric, not '{label}'."));
        }
        else
        {
            rows.Add(new CalibrationRow(string.IsNullOrWhiteSpace(id) ? $"line {at.Line}" : id, question ?? "", answer!, statement, metric, label!, at));
        }
    }
}
