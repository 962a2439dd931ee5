using System.Globalization;

namespace OncoAnswer.Harness.Config;

/// <summary>
/// The run defaults a config file may set next to its generators. Each key is also an environment variable
/// (<c>ONCOANSWER_</c> + the key in upper case, e.g. <c>ONCOANSWER_NO_CACHE</c>) and a flag of <c>oncoanswer run</c>;
/// precedence is built-in default &lt; file &lt; environment &lt; flag.
/// </summary>
public static class RunDefaultKeys
{
    /// <summary>Suite files or folders (a value or a list).</summary>
    public const string Suites = "suites";

    /// <summary>Outputs: folders or files whose extension picks the format (a value or a list).</summary>
    public const string Out = "out";

    /// <summary>The SQLite run store.</summary>
    public const string Store = "store";

    /// <summary>The gate config file.</summary>
    public const string Gate = "gate";

    /// <summary>The baseline run: a run id, <c>latest</c> or a results JSON.</summary>
    public const string Baseline = "baseline";

    /// <summary>Scenarios in flight at once (1–1024).</summary>
    public const string Concurrency = "concurrency";

    /// <summary><c>true</c> to call generators even when the response cache has their answers.</summary>
    public const string NoCache = "no_cache";

    /// <summary>
    /// The disclaimer policy of scenarios whose scenario and suite state none: required, consult, not-advice or optional.
    /// </summary>
    public const string Disclaimer = "disclaimer";

    /// <summary>Every key, in the order <c>config show</c> lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Suites, Out, Store, Gate, Baseline, Concurrency, NoCache, Disclaimer];

    /// <summary>The environment variable that overrides <paramref name="key"/>.</summary>
    public static string EnvironmentVariable(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "ONCOANSWER_" + key.ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="key"/> takes several values.</summary>
    public static bool IsList(string key) => key is Suites or Out;

    /// <summary>Why <paramref name="value"/> is not valid for <paramref name="key"/>, or null when it is.</summary>
    public static string? Problem(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key switch
        {
            Concurrency when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 1024
                => $"'{key}' must be a whole number from 1 to 1024, not '{value}'.",
            NoCache when ParseBool(value) is null
                => $"'{key}' must be true or false, not '{value}'.",
            Disclaimer when Scenarios.DisclaimerPolicy.Parse(value) is null
                => $"'{key}' must be one of {Scenarios.DisclaimerPolicy.OneOf}, not '{value}'.",
            _ when string.IsNullOrWhiteSpace(value) && !IsList(key)
                => $"'{key}' is empty; give it a value or remove it.",
            _ => null,
        };
    }

    /// <summary>Reads true/false (also yes/no, 1/0, on/off, any case); null when it is none of those.</summary>
    public static bool? ParseBool(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "1" or "ON" => true,
        "FALSE" or "NO" or "0" or "OFF" => false,
        _ => null,
    };
}
