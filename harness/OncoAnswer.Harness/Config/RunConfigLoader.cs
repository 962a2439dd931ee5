using OncoAnswer.Harness.Scenarios;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Config;

/// <summary>
/// Reads the run config (<c>oncoanswer.yaml</c>): <c>generators</c> (a list of { name, type, settings… }; when
/// absent the caller's built-in generators apply), optional <c>run</c> (names used by default), <c>cache_dir</c> and
/// the run defaults of <see cref="RunDefaultKeys"/> (suites, out, store, …). Unknown types and keys, missing settings and
/// malformed YAML are all reported together with file:line:column. Secret references (<c>${VAR}</c>) are only
/// checked for syntax here; they are resolved when a generator is built for a run.
/// </summary>
public static class RunConfigLoader
{
    /// <summary>The file name looked for in the working directory.</summary>
    public const string DefaultFileName = "oncoanswer.yaml";

    /// <summary>Reads the config file at <paramref name="path"/>.</summary>
    public static RunConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path, 0, 0), "config file not found; check the path given to --config.");
        }

        return Parse(path, InputFiles.ReadText(path));
    }

    /// <summary>Parses config text; <paramref name="file"/> names it in errors.</summary>
    public static RunConfig Parse(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);
        var errors = new List<InputError>();
        var root = YamlDocuments.LoadRoot(file, yaml, errors);
        if (root is null)
        {
            throw new InputException(errors);
        }

        var r = new YamlNodeReader(file);
        var f = r.Fields(root, "the run config", ["generators", "run", "cache_dir", .. RunDefaultKeys.All]);
        var generators = new List<GeneratorConfig>();
        var hasGenerators = f.TryGetValue("generators", out var node);
        // Without 'generators' the caller supplies its built-in ones (and checks 'run' against them).
        if (hasGenerators && (node is not YamlSequenceNode list || list.Children.Count == 0))
        {
            r.Error(node!, "'generators' must be a non-empty list, e.g. generators: [{ name: reference, type: reference }]; leave it out to use the built-in generators.");
        }
        else if (hasGenerators)
        {
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var item in ((YamlSequenceNode)node!).Children)
            {
                var generator = ReadGenerator(r, item);
                if (generator is not null && !seen.TryAdd(generator.Name, generator.Location))
                {
                    r.Error(item, $"second generator named '{generator.Name}' (first at {seen[generator.Name]}); names must be unique.");
                }
                else if (generator is not null)
                {
                    generators.Add(generator);
                }
            }
        }

        var run = r.StringList(f, "run", "the run config");
        foreach (var name in run.Where(n => hasGenerators && generators.All(g => g.Name != n)))
        {
            r.Error(f["run"], $"'run' names generator '{name}', which is not configured; configured: {string.Join(", ", generators.Select(g => g.Name))}.");
        }

        var cacheDir = r.OptionalString(f, "cache_dir", "the run config") ?? RunConfig.DefaultCacheDirectory;
        var defaults = ReadDefaults(r, f);
        errors.AddRange(r.Errors);
        CheckMutations(generators, errors);
        return errors.Count > 0 ? throw new InputException(errors) : new RunConfig(file, generators, run, cacheDir) { Defaults = defaults };
    }

    private static Dictionary<string, ConfigSetting> ReadDefaults(YamlNodeReader r, Dictionary<string, YamlNode> f)
    {
        var defaults = new Dictionary<string, ConfigSetting>(StringComparer.Ordinal);
        foreach (var key in RunDefaultKeys.All.Where(f.ContainsKey))
        {
            var node = f[key];
            var setting = ReadSetting(r, key, node, "the run config");
            if (setting is null)
            {
                continue;
            }

            var problem = setting.Map is not null || (setting.List is not null && !RunDefaultKeys.IsList(key))
                ? $"'{key}' must be {(RunDefaultKeys.IsList(key) ? "a value or a list of values" : "a single value")}, not {YamlNodeReader.Describe(node)}."
                : RunDefaultKeys.Problem(key, setting.Text);
            if (problem is not null)
            {
                r.Error(node, problem);
                continue;
            }

            defaults[key] = setting;
        }

        return defaults;
    }

    private static GeneratorConfig? ReadGenerator(YamlNodeReader r, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            r.Error(node, "each generator must be a mapping with 'name' and 'type', e.g. { name: reference, type: reference }.");
            return null;
        }

        var before = r.Errors.Count;
        var keys = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToArray();
        var typeNode = map.Children.TryGetValue(new YamlScalarNode("type"), out var t) ? t as YamlScalarNode : null;
        var type = typeNode?.Value;
        // Without a (known) type its settings cannot be checked: report the type, not every setting as unknown.
        string[] allowed = keys;
        string[] required = [];
        if (type is not null && GeneratorTypes.Settings.TryGetValue(type, out var spec))
        {
            allowed = ["name", "type", .. spec.Allowed];
            required = spec.Required;
        }
        else if (type is not null)
        {
            var hint = Suggest.Closest(type, [.. GeneratorTypes.Settings.Keys]);
            r.Error(typeNode!, $"unknown generator type '{type}'" + (hint is null ? "" : $"; did you mean '{hint}'?") +
                $" Types: {string.Join(", ", GeneratorTypes.Settings.Keys)}.");
        }

        var what = map.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { } nm } ? $"generator '{nm}'" : "a generator";
        var f = r.Fields(map, what, allowed);
        var name = r.RequiredString(f, map, "name", what);
        r.RequiredString(f, map, "type", what);
        foreach (var key in required.Where(k => !f.ContainsKey(k)))
        {
            r.Error(map, $"{what} of type '{type}' is missing '{key}'; add '{key}: ...'.");
        }

        var settings = new Dictionary<string, ConfigSetting>(StringComparer.Ordinal);
        foreach (var (key, value) in f.Where(kv => kv.Key is not ("name" or "type")))
        {
            var setting = ReadSetting(r, key, value, what);
            if (setting is not null)
            {
                settings[key] = setting;
            }
        }

        return r.Errors.Count > before || name is null || type is null ? null : new GeneratorConfig(name, type, settings, r.At(map));
    }

    private static ConfigSetting? ReadSetting(YamlNodeReader r, string key, YamlNode node, string what)
    {
        var at = r.At(node);
        switch (node)
        {
            case YamlScalarNode { Value: { } text }:
                return CheckReferences(r, node, text) ? new ConfigSetting(text, null, null, at) : null;
            case YamlSequenceNode list:
                var items = new List<string>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && CheckReferences(r, item, v))
                    {
                        items.Add(v);
                    }
                    else if (item is not YamlScalarNode)
                    {
                        r.Error(item, $"items of '{key}' in {what} must be single values, not {YamlNodeReader.Describe(item)}.");
                    }
                }

                return new ConfigSetting(null, items, null, at);
            case YamlMappingNode map:
                var entries = new List<KeyValuePair<string, string>>();
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } value } && CheckReferences(r, v, value))
                    {
                        entries.Add(new(name, value));
                    }
                    else if (v is not YamlScalarNode)
                    {
                        r.Error(v, $"values of '{key}' in {what} must be single values, not {YamlNodeReader.Describe(v)}.");
                    }
                }

                return new ConfigSetting(null, null, entries, at);
            default:
                r.Error(node, $"'{key}' of {what} is empty; give it a value or remove it.");
                return null;
        }
    }

    private static bool CheckReferences(YamlNodeReader r, YamlNode node, string text)
    {
        var problem = SecretReference.Problem(text);
        if (problem is null)
        {
            return true;
        }

        r.Error(node, problem);
        return false;
    }

    private static void CheckMutations(List<GeneratorConfig> generators, List<InputError> errors)
    {
        foreach (var g in generators.Where(g => g.Type == GeneratorTypes.Mutate))
        {
            var of = g.Settings["of"];
            var target = generators.FirstOrDefault(x => x.Name == of.Text);
            if (target is null || target.Type == GeneratorTypes.Mutate)
            {
                errors.Add(new InputError(of.Location, $"'of' of generator '{g.Name}' must name another configured generator that is not itself a mutation; configured: {string.Join(", ", generators.Where(x => x.Type != GeneratorTypes.Mutate).Select(x => x.Name))}."));
            }

            var mutation = g.Settings["mutation"];
            if (!Generators.Mutation.AnswerMutations.Names.Contains(mutation.Text ?? "", StringComparer.Ordinal))
            {
                errors.Add(new InputError(mutation.Location, $"unknown mutation '{mutation.Text}'; mutations: {string.Join(", ", Generators.Mutation.AnswerMutations.Names)}."));
            }
        }
    }
}
