using System.Text.Json;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary><c>oncoanswer list generators</c>: the configured generators and their settings, secrets masked.</summary>
internal static class GeneratorListing
{
    public static IEnumerable<string> Lines(RunConfig config)
    {
        yield return "config: " + (config.Path ?? "(built in)");
        var defaults = config.Default.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var generator in config.Generators)
        {
            yield return $"{generator.Name} ({generator.Type}){(defaults.Contains(generator.Name) ? " default" : "")}";
            foreach (var (key, value) in GeneratorFactory.AuditSettings(generator))
            {
                yield return $"  {key}: {value}";
            }
        }
    }

    public static void Json(Utf8JsonWriter w, RunConfig config)
    {
        var defaults = config.Default.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("config", config.Path);
        w.WriteStartArray("generators");
        foreach (var generator in config.Generators)
        {
            w.WriteStartObject();
            w.WriteString("name", generator.Name);
            w.WriteString("type", generator.Type);
            w.WriteBoolean("default", defaults.Contains(generator.Name));
            w.WriteStartObject("settings");
            foreach (var (key, value) in GeneratorFactory.AuditSettings(generator))
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
