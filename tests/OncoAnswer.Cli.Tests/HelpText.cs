namespace OncoAnswer.Cli.Tests;

/// <summary>Reads Spectre.Console.Cli help output.</summary>
internal static class HelpText
{
    /// <summary>The command names listed under COMMANDS:, in order.</summary>
    public static List<string> Commands(string help)
    {
        var lines = help.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("COMMANDS:", StringComparison.Ordinal));
        if (start < 0)
        {
            return [];
        }

        return lines.Skip(start + 1)
            .TakeWhile(l => l.Length == 0 || l.StartsWith(' '))
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ')[0])
            .Where(name => name.Length > 0 && char.IsLetter(name[0]))
            .ToList();
    }
}
