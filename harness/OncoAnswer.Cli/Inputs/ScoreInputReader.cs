using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Cli.Inputs;

/// <summary>
/// Reads the answers to score from JSONL (one object per line; blank and '#' lines skipped) or CSV (a header row with
/// the same column names; <c>messages</c> and <c>expect</c> hold JSON text, or use <c>expect.kind</c> /
/// <c>expect.disclaimer</c> columns). Every problem of the file is reported together, each with file:line.
/// </summary>
internal static class ScoreInputReader
{
    public static IReadOnlyList<ScoreItem> Read(string path, string? format)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path, 0, 0), "no such file; pass a JSONL or CSV file of answers.");
        }

        InputFiles.CheckSize(path);
        var csv = format is not null ? format == "csv" : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var errors = new List<InputError>();
        var items = csv ? ReadCsv(path, errors) : ReadJsonl(path, errors);
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(item.Id, item.Location))
            {
                errors.Add(new InputError(item.Location, $"duplicate id '{item.Id}' (first at line {seen[item.Id].Line}); ids must be unique."));
            }
        }

        if (errors.Count == 0 && items.Count == 0)
        {
            errors.Add(new InputError(new SourceLocation(path, 0, 0), "the file holds no answers."));
        }

        return errors.Count > 0 ? throw new InputException(errors) : items;
    }

    private static List<ScoreItem> ReadJsonl(string path, List<InputError> errors)
    {
        var items = new List<ScoreItem>();
        var lineNumber = 0;
        foreach (var line in InputFiles.ReadText(path).Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var at = new SourceLocation(path, lineNumber, 1);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                errors.Add(new InputError(at with { Column = Column(line, ex.BytePositionInLine ?? 0) }, "not valid JSON: each line must be one object {\"id\", \"question\" or \"messages\", \"answer\"}."));
                continue;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new InputError(at, "each line must be a JSON object with \"id\", \"question\" or \"messages\", and \"answer\"."));
                    continue;
                }

                var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !ScoreFieldReader.IsField(n));
                if (unknown is not null)
                {
                    errors.Add(new InputError(at, $"unknown field \"{unknown}\"; a line has id, messages or question, answer, scenarioId, expect and finishReason."));
                    continue;
                }

                var before = errors.Count;
                var fields = FieldAliases.Collect(root.EnumerateObject().Select(p => (p.Name, p.Value)), FieldAliases.Answer, m => errors.Add(new InputError(at, m)));
                if (errors.Count > before)
                {
                    continue;
                }

                var item = ScoreFieldReader.Read(at, Str(fields, "id", at, errors), Json(fields, "messages"), Str(fields, "question", at, errors), Str(fields, "answer", at, errors), Str(fields, "scenarioId", at, errors), Json(fields, "expect"), Str(fields, "finishReason", at, errors), errors);
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    private static List<ScoreItem> ReadCsv(string path, List<InputError> errors)
    {
        var items = new List<ScoreItem>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        try
        {
            using var csv = CsvReader.FromText(InputFiles.ReadText(path), options);
            var header = csv.Headers;
            var unknown = header.FirstOrDefault(h => !ScoreFieldReader.IsField(h));
            if (unknown is not null)
            {
                errors.Add(new InputError(new SourceLocation(path, 1, 1), $"unknown column \"{unknown}\"; columns are {string.Join(", ", ScoreFieldReader.Fields)} (older spellings: {string.Join(", ", FieldAliases.Answer.Keys)})."));
                return items;
            }

            var before = errors.Count;
            var columns = FieldAliases.Collect(header.Select(h => (h, h)), FieldAliases.Answer, m => errors.Add(new InputError(new SourceLocation(path, 1, 1), m)));
            if (errors.Count > before)
            {
                return items;
            }

            while (csv.Read())
            {
                var at = new SourceLocation(path, (int)csv.LineNumber, 1);
                string? Field(string name) => columns.TryGetValue(name, out var column) && csv.TryGetFieldIndex(column, out var index) && index < csv.FieldCount ? csv.GetString(index) : null;
                var messages = ParseJsonCell(Field("messages"), "messages", at, errors);
                var expect = ParseJsonCell(Field("expect"), "expect", at, errors);
                if (expect is null && (Field("expect.kind") is { Length: > 0 } || Field("expect.disclaimer") is { Length: > 0 }))
                {
                    var flat = new Dictionary<string, string>(StringComparer.Ordinal);
                    if (Field("expect.kind") is { Length: > 0 } kind)
                    {
                        flat["kind"] = kind;
                    }

                    if (Field("expect.disclaimer") is { Length: > 0 } disclaimer)
                    {
                        flat["disclaimer"] = disclaimer;
                    }

                    expect = JsonSerializer.SerializeToElement(flat);
                }

                var item = ScoreFieldReader.Read(at, Field("id"), messages, Field("question"), Field("answer"), Field("scenarioId"), expect, Field("finishReason"), errors);
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new InputError(new SourceLocation(path, (int)Math.Max(ex.LineNumber, 0), 1), "malformed CSV (check the quoting of this record): " + ex.Message.Split('\n')[0]));
        }

        return items;
    }

    private static JsonElement? ParseJsonCell(string? text, string column, SourceLocation at, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            errors.Add(new InputError(at, $"the \"{column}\" cell is not valid JSON."));
            return null;
        }
    }

    private static string? Str(Dictionary<string, JsonElement> fields, string name, SourceLocation at, List<InputError> errors)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new InputError(at, $"\"{name}\" must be a string."));
            return null;
        }

        return LenientJsonString.Read(value);
    }

    private static JsonElement? Json(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    private static int Column(string line, long bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }
}
