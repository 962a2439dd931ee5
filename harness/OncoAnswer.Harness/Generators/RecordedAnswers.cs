using System.Text.Json;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Recorded answers read from a JSONL file: one object per line, <c>{"scenarioId": "...", "answer": "..."}</c>.
/// Blank lines and lines starting with '#' are skipped. All bad lines of a file are reported together with file:line.
/// </summary>
public sealed class RecordedAnswers
{
    private readonly Dictionary<string, string> answers;

    private RecordedAnswers(string path, Dictionary<string, string> answers)
    {
        Path = path;
        this.answers = answers;
    }

    /// <summary>The file the answers were read from.</summary>
    public string Path { get; }

    /// <summary>How many answers the file holds.</summary>
    public int Count => answers.Count;

    /// <summary>Looks up the recorded answer of a scenario.</summary>
    public bool TryGet(string scenarioId, out string answer) => answers.TryGetValue(scenarioId, out answer!);

    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    public static RecordedAnswers Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path, 0, 0), "recorded-answers file not found; check the path or record answers first.");
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var error = ParseLine(line, out var scenarioId, out var answer);
            if (error is not null)
            {
                errors.Add(new InputError(new SourceLocation(path, lineNumber, error.Value.Column), error.Value.Message));
            }
            else if (!firstLine.TryAdd(scenarioId!, lineNumber))
            {
                errors.Add(new InputError(new SourceLocation(path, lineNumber, 1), $"second answer for scenario '{scenarioId}' (first on line {firstLine[scenarioId!]}); keep one."));
            }
            else
            {
                answers[scenarioId!] = answer!;
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : new RecordedAnswers(path, answers);
    }

    private static (int Column, string Message)? ParseLine(string line, out string? scenarioId, out string? answer)
    {
        scenarioId = null;
        answer = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ((int)(ex.BytePositionInLine ?? 0) + 1, "not valid JSON: each line must be one object {\"scenarioId\": \"...\", \"answer\": \"...\"}.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (1, "each line must be a JSON object with \"scenarioId\" and \"answer\".");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("scenarioId" or "answer"))
                {
                    return (1, $"unknown field \"{property.Name}\"; a line has only \"scenarioId\" and \"answer\".");
                }
            }

            if (!root.TryGetProperty("scenarioId", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            {
                return (1, "\"scenarioId\" is missing or not a non-empty string.");
            }

            if (!root.TryGetProperty("answer", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return (1, $"\"answer\" of scenario '{id.GetString()}' is missing or not a string.");
            }

            scenarioId = id.GetString();
            answer = text.GetString();
            return null;
        }
    }
}
