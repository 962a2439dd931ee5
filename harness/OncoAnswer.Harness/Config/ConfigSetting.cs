using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Config;

/// <summary>
/// One setting of a generator in the run config, as written (secret references such as <c>${API_KEY}</c> are kept
/// unresolved here): a single value, a list of values or a mapping of names to values.
/// </summary>
/// <param name="Text">The value when the setting is a single value.</param>
/// <param name="List">The values when the setting is a list.</param>
/// <param name="Map">The entries when the setting is a mapping (e.g. headers), in file order.</param>
/// <param name="Location">Where the setting's value is written, for error messages.</param>
public sealed record ConfigSetting(
    string? Text,
    IReadOnlyList<string>? List,
    IReadOnlyList<KeyValuePair<string, string>>? Map,
    SourceLocation Location);
