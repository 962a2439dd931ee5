using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// Turns <c>--config</c>, <c>--generator</c> and <c>--answers</c> into the run's generators. Without a config file the
/// built-in config has <c>reference</c> (the default) and <c>recorded</c> (the bundled recorded answers).
/// </summary>
internal static class GeneratorSelection
{
    public const string RecordedName = "recorded";

    public static RunConfig LoadConfig(string? configPath)
    {
        if (configPath is not null)
        {
            return RunConfigLoader.Load(Path.GetFullPath(configPath));
        }

        var local = Path.Combine(Directory.GetCurrentDirectory(), RunConfigLoader.DefaultFileName);
        return File.Exists(local) ? RunConfigLoader.Load(local) : BuiltIn(BundledContent.DefaultAnswers());
    }

    public static IReadOnlyList<Generator> Build(string? configPath, IReadOnlyList<string> names, string? answers, bool noCache)
    {
        var config = LoadConfig(configPath);
        var selected = names.ToList();
        if (answers is not null)
        {
            // --answers adds (or replaces) the replay generator 'recorded' and, unless --generator says otherwise, runs only it.
            var recorded = Replay(Path.GetFullPath(answers));
            config = config with { Generators = [.. config.Generators.Where(g => g.Name != RecordedName), recorded] };
            if (selected.Count == 0)
            {
                selected.Add(RecordedName);
            }
        }

        var environment = new GeneratorEnvironment
        {
            BaseDirectory = config.Path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(config.Path))!,
            KnowledgeBasePath = BundledContent.DefaultGuidelines(),
            UseCache = !noCache,
        };
        return GeneratorFactory.Build(config, selected, environment);
    }

    public static RunConfig BuiltIn(string answersPath) => new(
        null,
        [
            new GeneratorConfig("reference", GeneratorTypes.Reference, new Dictionary<string, ConfigSetting>(), default),
            Replay(answersPath),
        ],
        ["reference"],
        RunConfig.DefaultCacheDirectory);

    private static GeneratorConfig Replay(string path) =>
        new(RecordedName, GeneratorTypes.Replay, new Dictionary<string, ConfigSetting>
        {
            ["answers"] = new(path, null, null, new SourceLocation("--answers", 0, 0)),
        }, new SourceLocation("--answers", 0, 0));
}
