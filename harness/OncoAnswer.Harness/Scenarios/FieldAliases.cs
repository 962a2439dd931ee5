namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// One vocabulary for the keys of every input: a suite's <c>expect</c>, recorded answers and the answers given to
/// <c>score</c> use the same names (<c>kind</c>, <c>scenarioId</c>, <c>variantId</c>, <c>finishReason</c>); the older
/// spellings (<c>request</c>, <c>scenario</c>, <c>scenario_id</c>, …) stay accepted as aliases. One field given under
/// two spellings in the same record is an error naming both.
/// </summary>
public static class FieldAliases
{
    /// <summary>The keys of an expectation (suite <c>expect</c>, score <c>expect</c>): alias → name.</summary>
    public static IReadOnlyDictionary<string, string> Expect { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["request"] = "kind",
    };

    /// <summary>The keys of an answer record (recorded answers, score input): alias → name.</summary>
    public static IReadOnlyDictionary<string, string> Answer { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["scenario"] = "scenarioId",
        ["scenario_id"] = "scenarioId",
        ["variant_id"] = "variantId",
        ["finish_reason"] = "finishReason",
        ["expect.request"] = "expect.kind",
    };

    /// <summary>The name <paramref name="key"/> stands for under <paramref name="aliases"/> (itself when it is no alias).</summary>
    public static string NameOf(string key, IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        return aliases.TryGetValue(key, out var name) ? name : key;
    }

    /// <summary>
    /// The fields of one record under their names (aliases resolved). A field met a second time, under any spelling,
    /// is left out and <paramref name="conflict"/> is told, in words naming both spellings.
    /// </summary>
    public static Dictionary<string, T> Collect<T>(IEnumerable<(string Key, T Value)> fields, IReadOnlyDictionary<string, string> aliases, Action<string> conflict)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(conflict);
        var values = new Dictionary<string, T>(StringComparer.Ordinal);
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            var name = NameOf(key, aliases);
            if (spelled.TryGetValue(name, out var earlier))
            {
                conflict(Twice(earlier, key, name));
                continue;
            }

            spelled[name] = key;
            values[name] = value;
        }

        return values;
    }

    /// <summary>The message for one field given twice: the same key twice, or two spellings of one name.</summary>
    public static string Twice(string first, string second, string name) => first == second
        ? $"\"{first}\" is given twice; keep one."
        : $"\"{first}\" and \"{second}\" are two spellings of one field (\"{name}\"); keep one.";
}
