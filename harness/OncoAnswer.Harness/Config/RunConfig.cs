namespace OncoAnswer.Harness.Config;

/// <summary>The run config file (<c>oncoanswer.yaml</c>): named generators and which of them a run uses by default.</summary>
/// <param name="Path">The file it was read from, or null for the built-in defaults.</param>
/// <param name="Generators">Every configured generator, in file order.</param>
/// <param name="Run">Names of the generators a run uses when no <c>--generator</c> is given (empty: all of them).</param>
/// <param name="CacheDirectory">Folder of the response cache (relative to the config's folder).</param>
public sealed record RunConfig(
    string? Path,
    IReadOnlyList<GeneratorConfig> Generators,
    IReadOnlyList<string> Run,
    string CacheDirectory)
{
    /// <summary>The default cache folder, git-ignored.</summary>
    public const string DefaultCacheDirectory = ".oncoanswer/cache";

    /// <summary>The config used when there is no file: the offline reference generator.</summary>
    public static RunConfig BuiltIn { get; } = new(
        null,
        [new GeneratorConfig("reference", GeneratorTypes.Reference, new Dictionary<string, ConfigSetting>(), default)],
        [],
        DefaultCacheDirectory);

    /// <summary>
    /// Run defaults written in the file (keys of <see cref="RunDefaultKeys"/>, e.g. <c>suites</c>, <c>out</c>,
    /// <c>concurrency</c>), as written, with their positions; environment variables and flags override them.
    /// </summary>
    public IReadOnlyDictionary<string, ConfigSetting> Defaults { get; init; } = new Dictionary<string, ConfigSetting>(StringComparer.Ordinal);

    /// <summary>The generators a run uses when none is named.</summary>
    public IReadOnlyList<GeneratorConfig> Default =>
        Run.Count == 0 ? Generators : Run.Select(n => Generators.First(g => g.Name == n)).ToList();
}
