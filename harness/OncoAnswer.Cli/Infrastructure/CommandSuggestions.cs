using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// "Did you mean …?" for a mistyped command or flag. Spectre.Console.Cli reports "Unknown command 'rnu'" and
/// "Unknown option 'suit'" without a hint; this finds the closest known name (edit distance) among the commands at
/// that level or the flags of the command being run.
/// </summary>
internal sealed partial class CommandSuggestions
{
    private readonly Dictionary<string, Type?> commands = new(StringComparer.Ordinal);

    /// <summary>Records a command path (e.g. "runs list") and its settings type (null for a branch).</summary>
    public void Register(string path, Type? settings) => commands[path] = settings;

    /// <summary>A hint for <paramref name="message"/> given <paramref name="args"/>, or null when there is none.</summary>
    public string? For(string message, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(args);
        var path = CommandPath(args);
        if (UnknownCommand().Match(message) is { Success: true } c)
        {
            var prefix = path.Length == 0 ? "" : path + " ";
            var siblings = commands.Keys
                .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k[prefix.Length..].Contains(' ', StringComparison.Ordinal))
                .Select(k => k[prefix.Length..]);
            return Closest(c.Groups[1].Value, siblings) is { } hint
                ? $"did you mean 'oncoanswer {prefix}{hint}'? Commands: {string.Join(", ", siblings.Order(StringComparer.Ordinal))}."
                : $"commands: {string.Join(", ", siblings.Order(StringComparer.Ordinal))}.";
        }

        if (UnknownOption().Match(message) is { Success: true } o && commands.TryGetValue(path, out var settings) && settings is not null)
        {
            var flags = Flags(settings).ToList();
            var given = o.Groups[1].Value;
            var hint = Closest(given.TrimStart('-'), flags.Select(f => f.TrimStart('-')));
            return hint is null
                ? $"'oncoanswer {path} --help' lists its flags."
                : $"did you mean '{(hint.Length == 1 ? "-" : "--")}{hint}'? 'oncoanswer {path} --help' lists its flags.";
        }

        // A flag's value was refused (its message names the flag and what it takes): point at that command's help.
        return path.Length > 0 && commands.TryGetValue(path, out var command) && command is not null
            ? $"'oncoanswer {path} --help' lists its flags and the values they take."
            : null;
    }

    /// <summary>Every flag of <paramref name="settings"/>, long and short, with dashes.</summary>
    public static IEnumerable<string> Flags(Type settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option)
            {
                foreach (var name in option.LongNames)
                {
                    yield return "--" + name;
                }

                foreach (var name in option.ShortNames)
                {
                    yield return "-" + name;
                }
            }
        }
    }

    // The longest registered command path at the start of the arguments ("runs list" for "runs list --store x").
    private string CommandPath(IReadOnlyList<string> args)
    {
        var path = "";
        foreach (var arg in args)
        {
            var next = path.Length == 0 ? arg : path + " " + arg;
            if (!commands.ContainsKey(next))
            {
                break;
            }

            path = next;
        }

        return path;
    }

    private static string? Closest(string given, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Distance(given.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return bestDistance <= Math.Max(2, given.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex("Unknown command '([^']+)'")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex("Unknown option '([^']+)'")]
    private static partial Regex UnknownOption();
}
