using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Builds generators from config text the way a run does.</summary>
internal static class Generators
{
    public static Generator FromYaml(string yaml, string baseDirectory, IReadOnlyDictionary<string, string>? variables = null, bool useCache = true, string? name = null)
    {
        var config = RunConfigLoader.Parse(Path.Combine(baseDirectory, "oncoanswer.yaml"), yaml);
        var environment = new GeneratorEnvironment
        {
            BaseDirectory = baseDirectory,
            KnowledgeBasePath = RepoPaths.Of("scenarios", "guidelines"),
            UseCache = useCache,
            Variables = v => variables is not null && variables.TryGetValue(v, out var value) ? value : null,
        };
        return GeneratorFactory.Build(config, name is null ? [] : [name], environment).Single();
    }
}
