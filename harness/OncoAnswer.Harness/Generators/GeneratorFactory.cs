using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators.Decorators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Builds <see cref="Generator"/>s from the run config: the type's client, wrapped (outermost first) in the
/// per-generator concurrency limit, the disk response cache, secret masking and resilience (retry, timeout, circuit
/// breaker) for the types that call out (openai, http, exec). Secret references are resolved here, for the selected
/// generators only; an unset variable, a bad number or a broken template is an <see cref="InputException"/> naming
/// the config file and line. <see cref="Generator.Settings"/> never holds a resolved secret.
/// </summary>
public static class GeneratorFactory
{
    /// <summary>Builds the generators named <paramref name="names"/> (or the config's default set when empty).</summary>
    public static IReadOnlyList<Generator> Build(RunConfig config, IReadOnlyList<string> names, GeneratorEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(environment);
        var errors = new List<InputError>();
        var selected = new List<GeneratorConfig>();
        foreach (var name in names)
        {
            var found = config.Generators.FirstOrDefault(g => g.Name == name);
            if (found is null)
            {
                var hint = Suggest.Closest(name, [.. config.Generators.Select(g => g.Name)]);
                errors.Add(new InputError(new SourceLocation(config.Path ?? "--generator", 0, 0),
                    $"no generator named '{name}'" + (hint is null ? "" : $"; did you mean '{hint}'?") + $" Configured: {string.Join(", ", config.Generators.Select(g => g.Name))}."));
            }
            else if (!selected.Contains(found))
            {
                selected.Add(found);
            }
        }

        if (names.Count == 0)
        {
            selected.AddRange(config.Default);
        }

        var builder = new GeneratorBuilder(config, environment, errors);
        var generators = selected.Select(builder.Build).ToList();
        return errors.Count > 0 ? throw new InputException(errors) : generators;
    }

    /// <summary>The settings of <paramref name="generator"/> as shown in audit records and listings: secret values masked.</summary>
    public static IReadOnlyDictionary<string, string> AuditSettings(GeneratorConfig generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, setting) in generator.Settings)
        {
            if (setting.Text is not null)
            {
                result[key] = Masked(key, setting.Text);
            }
            else if (setting.List is not null)
            {
                result[key] = string.Join(" ", setting.List);
            }
            else
            {
                foreach (var (name, value) in setting.Map!)
                {
                    result[key + "." + name] = Masked(key + "." + name, value);
                }
            }
        }

        return result;
    }

    internal static string Masked(string key, string value) =>
        GeneratorTypes.IsSecret(key) && !SecretReference.HasReference(value) ? SecretMaskingChatClient.Mask : value;
}
