namespace OncoAnswer.Harness.Scenarios;

/// <summary>The <c>turns</c> cell format: plain text for one question, or lines prefixed <c>user:</c> / <c>assistant:</c>.</summary>
internal static class CsvTurns
{
    private const string UserPrefix = "user:";
    private const string AssistantPrefix = "assistant:";

    public static bool LooksPrefixed(string text) =>
        text.StartsWith(UserPrefix, StringComparison.OrdinalIgnoreCase) || text.StartsWith(AssistantPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a cell; returns null with a message when it is empty or ends with an assistant turn.</summary>
    public static List<Turn>? Parse(string cell, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(cell))
        {
            problem = "the conversation is empty; write the question (or 'user: ...' lines).";
            return null;
        }

        if (!LooksPrefixed(cell))
        {
            return [new Turn(TurnRole.User, cell)];
        }

        var turns = new List<(TurnRole Role, List<string> Lines)>();
        foreach (var line in cell.Split('\n'))
        {
            if (Strip(line, UserPrefix) is { } user)
            {
                turns.Add((TurnRole.User, [user]));
            }
            else if (Strip(line, AssistantPrefix) is { } assistant)
            {
                turns.Add((TurnRole.Assistant, [assistant]));
            }
            else
            {
                turns[^1].Lines.Add(line);
            }
        }

        var result = turns.Select(t => new Turn(t.Role, string.Join("\n", t.Lines))).ToList();
        if (result.Any(t => string.IsNullOrWhiteSpace(t.Text)))
        {
            problem = "a turn is empty; write its text after 'user:' or 'assistant:'.";
            return null;
        }

        if (result[^1].Role != TurnRole.User)
        {
            problem = "the last turn must be a 'user:' turn: the answer under test replies to it.";
            return null;
        }

        return result;
    }

    private static string? Strip(string line, string prefix)
    {
        if (!line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = line[prefix.Length..];
        return rest.StartsWith(' ') ? rest[1..] : rest;
    }
}
