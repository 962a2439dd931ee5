using System.Globalization;
using CsvHelper;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Reads recorded answers from CSV (RFC 4180, via CsvHelper): a header row with <c>scenario_id</c> and
/// <c>answer</c> (also accepted: <c>scenarioId</c>), and optionally <c>variant_id</c> (<c>variantId</c>). Answers may
/// span lines inside quotes; an optional <c>finish_reason</c> (<c>finishReason</c>) column says how the completion ended. Problems are added to the error list with file:line.
/// </summary>
internal static class RecordedAnswersCsv
{
    public static List<(int Line, string Key, string Answer, string? FinishReason)> Read(string path, List<InputError> errors)
    {
        var rows = new List<(int, string, string, string?)>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var text = new StringReader(InputFiles.ReadText(path));
        using var csv = CsvReader.Create(text, options, leaveOpen: false);
        try
        {
            var header = csv.Headers.Select(h => h.Trim()).ToArray();
            var spellings = header.Where(h => FieldAliases.NameOf(h, FieldAliases.Answer) == "scenarioId" || h.Equals("scenarioId", StringComparison.OrdinalIgnoreCase)).ToList();
            if (spellings.Count > 1)
            {
                errors.Add(new InputError(new SourceLocation(path, 1, 1), FieldAliases.Twice(spellings[0], spellings[1], "scenarioId")));
                return rows;
            }

            var idColumn = Column(header, "scenarioId", "scenario_id", "scenario");
            var answerColumn = Column(header, "answer");
            var variantColumn = Column(header, "variant_id", "variantId");
            var finishColumn = Column(header, "finish_reason", "finishReason");
            if (idColumn < 0 || answerColumn < 0)
            {
                errors.Add(new InputError(new SourceLocation(path, 1, 1), $"the CSV header must name the columns scenario_id and answer (found: {string.Join(", ", header)})."));
                return rows;
            }

            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var id = Field(csv, idColumn)?.Trim();
                var answer = Field(csv, answerColumn);
                var variant = Field(csv, variantColumn)?.Trim();
                if (string.IsNullOrEmpty(id))
                {
                    errors.Add(new InputError(new SourceLocation(path, line, 1), "scenario_id is empty; give the scenario id this answer belongs to."));
                }
                else if (answer is null)
                {
                    errors.Add(new InputError(new SourceLocation(path, line, 1), $"the row of scenario '{id}' has no answer column; check the commas and quotes."));
                }
                else
                {
                    rows.Add((line, RecordedAnswers.Key(id, variant), answer, Field(csv, finishColumn)));
                }
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new InputError(new SourceLocation(path, (int)ex.LineNumber, 1), "malformed CSV (check the quotes on this row: a quote inside a quoted answer is written \"\")."));
        }

        return rows;
    }

    private static string? Field(CsvReader csv, int column) =>
        column >= 0 && column < csv.FieldCount ? csv.GetString(column) : null;

    private static int Column(string[] header, params string[] names) =>
        Array.FindIndex(header, h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
}
