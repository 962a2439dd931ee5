using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Reads typed values out of a YAML representation tree and records every problem with its position,
/// so a loader can report all errors of a file at once instead of stopping at the first.
/// </summary>
internal sealed class YamlNodeReader(string file)
{
    private readonly List<InputError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<InputError> Errors => errors;

    public SourceLocation At(YamlNode node) =>
        new(File, checked((int)node.Start.Line), checked((int)node.Start.Column));

    public void Error(YamlNode node, string message) => errors.Add(new InputError(At(node), message));

    public void ErrorAt(SourceLocation location, string message) => errors.Add(new InputError(location, message));

    /// <summary>Checks the mapping's keys against the allowed set; unknown keys are errors with a suggestion.</summary>
    public Dictionary<string, YamlNode> Fields(YamlMappingNode map, string what, params string[] allowed) =>
        Fields(map, what, new Dictionary<string, string>(), allowed);

    /// <summary>
    /// The keys of <paramref name="map"/> under their names: an alias in <paramref name="aliases"/> counts as its name
    /// (see <see cref="FieldAliases"/>); one name given under two spellings is an error at the second.
    /// </summary>
    public Dictionary<string, YamlNode> Fields(YamlMappingNode map, string what, IReadOnlyDictionary<string, string> aliases, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null)
            {
                Error(keyNode, $"{what} keys must be plain names.");
                continue;
            }

            var name = FieldAliases.NameOf(key, aliases);
            if (Array.IndexOf(allowed, name) >= 0 && spelled.TryGetValue(name, out var earlier))
            {
                Error(keyNode, FieldAliases.Twice(earlier, key, name) + $" ({what})");
                continue;
            }

            if (Array.IndexOf(allowed, name) < 0)
            {
                var hint = Suggest.Closest(key, allowed);
                Error(keyNode, $"unknown key '{key}' in {what}" +
                    (hint is null ? "" : $"; did you mean '{hint}'?") +
                    $" Allowed keys: {string.Join(", ", allowed)}.");
                continue;
            }

            spelled[name] = key;
            fields[name] = value;
        }

        return fields;
    }

    public string? OptionalString(Dictionary<string, YamlNode> fields, string key, string what)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && scalar.Value is not null)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' of {what} must be text, not {Describe(node)}.");
        return null;
    }

    public string? RequiredString(Dictionary<string, YamlNode> fields, YamlNode owner, string key, string what)
    {
        if (!fields.ContainsKey(key))
        {
            Error(owner, $"{what} is missing '{key}'; add '{key}: ...'.");
            return null;
        }

        var value = OptionalString(fields, key, what);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Error(fields[key], $"'{key}' of {what} is empty; give it a value.");
            return null;
        }

        return value;
    }

    public int? OptionalInt(Dictionary<string, YamlNode> fields, string key, string what)
    {
        var text = OptionalString(fields, key, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(fields[key], $"'{key}' of {what} must be a whole number, not '{text}'.");
        return null;
    }

    public IReadOnlyList<string> StringList(Dictionary<string, YamlNode> fields, string key, string what) =>
        PositionedStringList(fields, key, what).Select(item => item.Value).ToList();

    /// <summary>Like <see cref="StringList"/>, with each item's position.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> PositionedStringList(Dictionary<string, YamlNode> fields, string key, string what)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' of {what} must be a list such as [a, b], not {Describe(node)}.");
            return [];
        }

        var items = new List<(string, SourceLocation)>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                items.Add((value, At(item)));
            }
            else
            {
                Error(item, $"items of '{key}' in {what} must be non-empty text, not {Describe(item)}.");
            }
        }

        return items;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode => "a single value",
        _ => "an alias",
    };
}
