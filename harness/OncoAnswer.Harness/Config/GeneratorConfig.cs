using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Config;

/// <summary>A named generator in the run config: its type and its settings, as written.</summary>
/// <param name="Name">Unique name used in results and with <c>--generator</c>.</param>
/// <param name="Type">reference, replay, openai, http, exec or mutate.</param>
/// <param name="Settings">Type-specific settings by key (secret references unresolved).</param>
/// <param name="Location">Where the generator is declared.</param>
public sealed record GeneratorConfig(
    string Name,
    string Type,
    IReadOnlyDictionary<string, ConfigSetting> Settings,
    SourceLocation Location)
{
    /// <summary>The single-value setting <paramref name="key"/>, or null when absent.</summary>
    public string? Text(string key) => Settings.TryGetValue(key, out var s) ? s.Text : null;
}
