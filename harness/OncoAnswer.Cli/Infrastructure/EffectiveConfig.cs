using System.Globalization;
using OncoAnswer.Cli.Commands;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// The settings a run uses, resolved layer by layer: built-in defaults &lt; oncoanswer.yaml (the Config/ loader's
/// <see cref="RunConfig.Defaults"/>) &lt; ONCOANSWER_* environment variables &lt; flags. Each value remembers its layer
/// so <c>oncoanswer config show</c> can say where it came from. Paths from the file are relative to the file's folder.
/// </summary>
internal sealed class EffectiveConfig
{
    private EffectiveConfig(RunConfig config, Layered<string> configSource)
    {
        Config = config;
        ConfigSource = configSource;
    }

    /// <summary>The run config with its generators (the built-in ones when the file names none).</summary>
    public RunConfig Config { get; }

    /// <summary>Which config file was read, and why.</summary>
    public Layered<string> ConfigSource { get; }

    public Layered<IReadOnlyList<string>> Suites { get; private set; } = new([], "default");

    public Layered<IReadOnlyList<string>> Generators { get; private set; } = new([], "default");

    public Layered<IReadOnlyList<string>> Out { get; private set; } = new(["out"], "default");

    public Layered<string> Store { get; private set; } = new(StoreDefaults.Path, "default");

    public Layered<string?> Gate { get; private set; } = new(null, "default");

    public Layered<string?> Baseline { get; private set; } = new(null, "default");

    public Layered<int> Concurrency { get; private set; } = new(RunnerOptions.DefaultConcurrency, "default");

    public Layered<bool> NoCache { get; private set; } = new(false, "default");

    /// <summary>The disclaimer policy of scenarios that state none (their suite neither).</summary>
    public Layered<DisclaimerExpectation> Disclaimer { get; private set; } = new(DisclaimerExpectation.Required, "default");

    /// <summary>The LLM judge (flags only until the config file carries it).</summary>
    public Layered<string> Judge { get; private set; } = new("(off: statement and rubric verdicts from the matchers only)", "default");

    /// <summary>Generators named by the environment or a flag; empty when the config's own 'run' list (or all) applies.</summary>
    public IReadOnlyList<string> SelectedGenerators =>
        Generators.Source.StartsWith("env ", StringComparison.Ordinal) || Generators.Source.StartsWith("flag ", StringComparison.Ordinal) ? Generators.Value : [];

    /// <summary>
    /// The suites to load: the effective list, else the project's scenarios/suites. Outside a project (no suites named
    /// and no scenarios/suites here) a usage error: the bundled library runs only when asked for (<c>--suite bundled</c>).
    /// </summary>
    public IReadOnlyList<string> SuitePaths =>
        Suites.Value.Count > 0 ? Suites.Value : BundledContent.ProjectSuites() is { } project ? [project] : throw NoSuites();

    private UsageException NoSuites()
    {
        var here = Directory.GetCurrentDirectory();
        var start = "Start a project with 'oncoanswer init', name suites with --suite PATH, or run the library bundled with the tool with --suite bundled.";
        return new UsageException(Config.Path is null
            ? $"not in an oncoanswer project: {here} has no {RunConfigLoader.DefaultFileName} and no scenarios/suites folder. {start}"
            : $"no suites to run: {Config.Path} names no 'suites' and {here} has no scenarios/suites folder. {start}");
    }

    public static EffectiveConfig Resolve(LayeredSettings flags, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(environment);
        var configFlag = flags.Config;
        var configEnv = Env(environment, "config");
        var configPath = configFlag ?? configEnv;
        var source = configFlag is not null ? "flag --config" : configEnv is not null ? "env ONCOANSWER_CONFIG" : "found in working directory";
        var config = GeneratorSelection.LoadConfig(configPath);
        var effective = new EffectiveConfig(config, new(config.Path ?? "(none: built-in generators)", config.Path is null ? "default" : source));
        effective.Apply(flags, environment);
        return effective;
    }

    private void Apply(LayeredSettings flags, Func<string, string?> environment)
    {
        // Layer 2: the file.
        var folder = Config.Path is null ? null : Path.GetDirectoryName(Path.GetFullPath(Config.Path));
        var file = Path.GetFileName(Config.Path ?? "");
        if (Config.Run.Count > 0)
        {
            Generators = new(Config.Run, file + " (run)");
        }

        foreach (var (key, setting) in Config.Defaults)
        {
            var where = $"{file}:{setting.Location.Line.ToString(CultureInfo.InvariantCulture)}";
            var values = setting.List ?? (setting.Text is null ? [] : [setting.Text]);
            Set(key, values.Select(v => IsPath(key) && folder is not null && !Harness.Runs.PostgresAddress.IsPostgres(v) && v != BundledContent.BundledSuiteName ? Path.GetFullPath(Path.Combine(folder, v)) : v).ToList(), where);
        }

        // Layer 3: ONCOANSWER_* environment variables.
        foreach (var key in RunDefaultKeys.All)
        {
            var value = Env(environment, key);
            if (value is null)
            {
                continue;
            }

            var name = RunDefaultKeys.EnvironmentVariable(key);
            var values = RunDefaultKeys.IsList(key) ? Split(value) : [value.Trim()];
            var problem = values.Select(v => RunDefaultKeys.Problem(key, v)).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                throw new UsageException($"environment variable {name}: {problem.Replace($"'{key}'", "the value", StringComparison.Ordinal)} Fix it or unset it (unset {name}).");
            }

            Set(key, values, "env " + name);
        }

        if (Env(environment, "generators") is { } generators)
        {
            Generators = new(Split(generators), "env ONCOANSWER_GENERATORS");
        }

        // Layer 4: flags.
        if (flags.Suites.Length > 0)
        {
            Suites = new(flags.Suites, "flag --suite");
        }

        if (flags.Generators.Length > 0)
        {
            Generators = new(flags.Generators, "flag --generator");
        }

        if (flags.Out.Length > 0)
        {
            Out = new(flags.Out, "flag --out");
        }

        Store = flags.Store is null ? Store : new(flags.Store, "flag --store");
        Gate = flags.Gate is null ? Gate : new(flags.Gate, "flag --gate");
        Baseline = flags.Baseline is null ? Baseline : new(flags.Baseline, "flag --baseline");
        Concurrency = flags.Concurrency is { } c ? new(c, "flag --concurrency") : Concurrency;
        NoCache = flags.NoCache ? new(true, "flag --no-cache") : NoCache;
        Disclaimer = DisclaimerPolicy.Parse(flags.Disclaimer) is { } policy ? new(policy, "flag --disclaimer") : Disclaimer;
        Judge = flags.JudgeEndpoint is null ? Judge : new($"{flags.JudgeModel} at {flags.JudgeEndpoint}", "flag --judge-endpoint");
    }

    private void Set(string key, IReadOnlyList<string> values, string source)
    {
        switch (key)
        {
            case RunDefaultKeys.Suites:
                Suites = new(values, source);
                break;
            case RunDefaultKeys.Out:
                Out = new(values, source);
                break;
            case RunDefaultKeys.Store:
                Store = new(values[0], source);
                break;
            case RunDefaultKeys.Gate:
                Gate = new(values[0], source);
                break;
            case RunDefaultKeys.Baseline:
                Baseline = new(values[0], source);
                break;
            case RunDefaultKeys.Concurrency:
                Concurrency = new(int.Parse(values[0], NumberStyles.None, CultureInfo.InvariantCulture), source);
                break;
            case RunDefaultKeys.NoCache:
                NoCache = new(RunDefaultKeys.ParseBool(values[0]) ?? false, source);
                break;
            case RunDefaultKeys.Disclaimer:
                Disclaimer = new(DisclaimerPolicy.Parse(values[0]) ?? DisclaimerExpectation.Required, source);
                break;
        }
    }

    /// <summary>Every effective setting as (key, value, source) rows, in a stable order.</summary>
    public IEnumerable<(string Key, string Value, string Source)> Rows()
    {
        yield return ("config", ConfigSource.Value, ConfigSource.Source);
        yield return (RunDefaultKeys.Suites, Suites.Value.Count > 0 ? string.Join(", ", Suites.Value) : BundledContent.ProjectSuites() ?? "(none: not in a project; pass --suite PATH or --suite bundled)", Suites.Source);
        yield return ("generators", Generators.Value.Count > 0 ? string.Join(", ", Generators.Value) : "(all configured)", Generators.Source);
        yield return (RunDefaultKeys.Out, string.Join(", ", Out.Value), Out.Source);
        yield return (RunDefaultKeys.Store, Store.Value, Store.Source);
        yield return (RunDefaultKeys.Gate, Gate.Value ?? "(none: any failed scenario fails)", Gate.Source);
        yield return (RunDefaultKeys.Baseline, Baseline.Value ?? "(none)", Baseline.Source);
        yield return (RunDefaultKeys.Concurrency, Concurrency.Value.ToString(CultureInfo.InvariantCulture), Concurrency.Source);
        yield return (RunDefaultKeys.NoCache, NoCache.Value ? "true" : "false", NoCache.Source);
        yield return (RunDefaultKeys.Disclaimer, DisclaimerPolicy.Name(Disclaimer.Value) + " (for scenarios and suites that state none)", Disclaimer.Source);
        yield return ("judge", Judge.Value, Judge.Source);
        yield return ("cache_dir", Config.CacheDirectory, Config.Path is null || Config.CacheDirectory == RunConfig.DefaultCacheDirectory ? "default" : Path.GetFileName(Config.Path));
    }

    private static bool IsPath(string key) => key is RunDefaultKeys.Suites or RunDefaultKeys.Out or RunDefaultKeys.Store or RunDefaultKeys.Gate;

    private static string? Env(Func<string, string?> environment, string key)
    {
        var value = environment(RunDefaultKeys.EnvironmentVariable(key));
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static List<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
