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
        var local = Path.Combine(Directory.GetCurrentDirectory(), RunConfigLoader.DefaultFileName);
        var path = configPath is not null ? Path.GetFullPath(configPath) : File.Exists(local) ? local : null;
        var builtIn = BuiltIn(BundledContent.DefaultAnswers());
        if (path is null)
        {
            return builtIn;
        }

        // A config file without 'generators' only sets run defaults: the built-in generators apply.
        var config = RunConfigLoader.Load(path);
        if (config.Generators.Count > 0)
        {
            return config;
        }

        var unknown = config.Run.FirstOrDefault(n => builtIn.Generators.All(g => g.Name != n));
        return unknown is null
            ? config with { Generators = builtIn.Generators }
            : throw new InputException(new SourceLocation(path, 1, 1), $"'run' names generator '{unknown}', but the file configures no generators; built in: {string.Join(", ", builtIn.Generators.Select(g => g.Name))}. Add a 'generators' list or fix the name.");
    }

    public static IReadOnlyList<Generator> Build(RunConfig config, IReadOnlyList<string> names, string? answers, bool noCache, SecretMask? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(config);
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
            Secrets = secrets ?? new SecretMask(),
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
