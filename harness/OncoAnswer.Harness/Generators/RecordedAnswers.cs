using System.Text.Json;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Recorded answers read from a JSONL file (one object per line, <c>{"scenarioId": "...", "answer": "..."}</c>, with an
/// optional <c>"variantId"</c> and <c>"finishReason"</c>) or a CSV file (header <c>scenario_id,answer</c>, optional
/// <c>variant_id</c> and <c>finish_reason</c> columns). A recorded finish reason such as <c>length</c> travels with the
/// answer, so a completion that was cut off is reported as a non-answer, not scored.
/// They are keyed by scenario id, or by variant id for a variant (<c>parent~typo-1</c>; a variant id given without
/// the parent part is prefixed with the scenario id). In JSONL, blank lines and lines starting with '#' are skipped.
/// All bad lines of all files are reported together with file:line.
/// </summary>
public sealed class RecordedAnswers
{
    // A JSONL answer stays in its file: only where its line is (a LineSpan) is kept, and the line is read and decoded
    // again on lookup, so a 100,000-answer file costs a few MB instead of its whole text. CSV answers are kept as UTF-8
    // (half the memory of .NET strings); an answer holding broken UTF-16 (which UTF-8 cannot carry) as the string.
    private readonly Dictionary<string, object> answers;

    // Only the few answers that recorded a finish reason have an entry.
    private readonly Dictionary<string, string> finishReasons;

    private RecordedAnswers(string path, Dictionary<string, object> answers, Dictionary<string, string> finishReasons)
    {
        Path = path;
        this.answers = answers;
        this.finishReasons = finishReasons;
    }

    /// <summary>The file or folder the answers were read from.</summary>
    public string Path { get; }

    /// <summary>How many answers the file holds.</summary>
    public int Count => answers.Count;

    /// <summary>Looks up the recorded answer of a scenario.</summary>
    public bool TryGet(string scenarioId, out string answer)
    {
        if (!answers.TryGetValue(scenarioId, out var stored))
        {
            answer = null!;
            return false;
        }

        answer = stored switch
        {
            string text => text,
            byte[] utf8 => System.Text.Encoding.UTF8.GetString(utf8),
            _ => ((LineSpan)stored).Read(scenarioId),
        };
        return true;
    }

    /// <summary>The finish reason recorded with the answer of <paramref name="scenarioId"/>, or null when none was.</summary>
    public string? FinishReason(string scenarioId) =>
        finishReasons.TryGetValue(scenarioId, out var reason) ? reason : null;

    private static object Compact(string answer)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(answer)];
        var status = System.Text.Unicode.Utf8.FromUtf16(answer, bytes, out _, out var written, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done && written == bytes.Length ? bytes : answer;
    }

    /// <summary>
    /// Reads and validates a JSONL file, or every <c>*.jsonl</c> file of a folder (ids must be unique across them).
    /// All errors of all files are reported together.
    /// </summary>
    public static RecordedAnswers Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*.*", SearchOption.TopDirectoryOnly)
                .Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new InputException(new SourceLocation(path, 0, 0), "no recorded-answer files (*.jsonl, *.csv) in this folder; add one or pass --answers FILE.");
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new InputException(new SourceLocation(path, 0, 0), "recorded-answers file not found; check the path or record answers first.");
        }

        var answers = new Dictionary<string, object>(StringComparer.Ordinal);
        var finishReasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var file in files)
        {
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (line, scenarioId, answer, finishReason) in RecordedAnswersCsv.Read(file, errors))
                {
                    if (Add(file, line, scenarioId, answer, answers, firstSeen, errors) && !string.IsNullOrWhiteSpace(finishReason))
                    {
                        finishReasons[scenarioId] = finishReason.Trim();
                    }
                }
            }
            else
            {
                ReadFile(file, answers, finishReasons, firstSeen, errors);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : new RecordedAnswers(path, answers, finishReasons);
    }

    private static void ReadFile(string path, Dictionary<string, object> answers, Dictionary<string, string> finishReasons, Dictionary<string, SourceLocation> firstSeen, List<InputError> errors)
    {
        var file = new FileInfo(path);
        var stamp = (file.Length, file.LastWriteTimeUtc);
        var lineNumber = 0;
        foreach (var (line, offset, length) in Utf8Lines.Read(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var error = ParseLine(line, out var scenarioId, out var answer, out var finishReason);
            if (error is not null)
            {
                errors.Add(new InputError(new SourceLocation(path, lineNumber, error.Value.Column), error.Value.Message));
            }
            else if (!firstSeen.TryAdd(scenarioId!, new SourceLocation(path, lineNumber, 1)))
            {
                errors.Add(new InputError(new SourceLocation(path, lineNumber, 1), $"second answer for scenario '{scenarioId}' (first at {firstSeen[scenarioId!]}); keep one."));
            }
            else
            {
                answers[scenarioId!] = new LineSpan(path, lineNumber, offset, length, stamp);
                if (finishReason is not null)
                {
                    finishReasons[scenarioId!] = finishReason;
                }
            }
        }
    }

    /// <summary>Parses a line read again for a lookup (it was checked when the file was loaded).</summary>
    internal static bool TryParseStored(string line, out string? scenarioId, out string? answer) =>
        ParseLine(line, out scenarioId, out answer, out _) is null;

    /// <summary>The key of a recorded answer: the variant id (prefixed with the scenario id when it has no '~'), else the scenario id.</summary>
    internal static string Key(string scenarioId, string? variantId) =>
        string.IsNullOrWhiteSpace(variantId) ? scenarioId : variantId.Contains('~', StringComparison.Ordinal) ? variantId : scenarioId + "~" + variantId;

    private static bool Add(string path, int line, string key, string answer, Dictionary<string, object> answers, Dictionary<string, SourceLocation> firstSeen, List<InputError> errors)
    {
        if (!firstSeen.TryAdd(key, new SourceLocation(path, line, 1)))
        {
            errors.Add(new InputError(new SourceLocation(path, line, 1), $"second answer for scenario '{key}' (first at {firstSeen[key]}); keep one."));
            return false;
        }

        answers[key] = Compact(answer);
        return true;
    }

    private static (int Column, string Message)? ParseLine(string line, out string? scenarioId, out string? answer, out string? finishReason)
    {
        scenarioId = null;
        answer = null;
        finishReason = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return (CharColumn(line, ex.BytePositionInLine ?? 0), "not valid JSON: each line must be one object {\"scenarioId\": \"...\", \"answer\": \"...\"}.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (1, "each line must be a JSON object with \"scenarioId\" and \"answer\".");
            }

            string? twice = null;
            var fields = FieldAliases.Collect(root.EnumerateObject().Select(p => (p.Name, p.Value)), FieldAliases.Answer, m => twice ??= m);
            if (twice is not null)
            {
                return (1, twice);
            }

            foreach (var name in fields.Keys)
            {
                if (name is not ("scenarioId" or "variantId" or "answer" or "finishReason"))
                {
                    return (1, $"unknown field \"{name}\"; a line has only \"scenarioId\", \"answer\" and optional \"variantId\" and \"finishReason\".");
                }
            }

            if (!fields.TryGetValue("scenarioId", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            {
                return (1, "\"scenarioId\" is missing or not a non-empty string.");
            }

            if (!fields.TryGetValue("answer", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return (1, $"\"answer\" of scenario '{id.GetString()}' is missing or not a string.");
            }

            string? variant = null;
            if (fields.TryGetValue("variantId", out var variantElement))
            {
                if (variantElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(variantElement.GetString()))
                {
                    return (1, $"\"variantId\" of scenario '{id.GetString()}' must be a non-empty string such as \"{id.GetString()}~typo-1\".");
                }

                variant = variantElement.GetString();
            }

            if (fields.TryGetValue("finishReason", out var finish) && finish.ValueKind != JsonValueKind.Null)
            {
                if (finish.ValueKind != JsonValueKind.String)
                {
                    return (1, $"\"finishReason\" of scenario '{id.GetString()}' must be a string such as \"stop\" or \"length\".");
                }

                finishReason = string.IsNullOrWhiteSpace(finish.GetString()) ? null : finish.GetString()!.Trim();
            }

            scenarioId = Key(id.GetString()!, variant);
            answer = Text.LenientJsonString.Read(text); // a recorded answer may hold broken UTF-16; the scorers report it
            return null;
        }
    }

    /// <summary>Converts the parser's UTF-8 byte offset into a 1-based character column.</summary>
    private static int CharColumn(string line, long bytePosition)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        return System.Text.Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }
}
