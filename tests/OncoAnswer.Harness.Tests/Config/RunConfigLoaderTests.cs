using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Config;

public sealed class RunConfigLoaderTests
{
    private const string File = "/cfg/oncoanswer.yaml";

    [Fact]
    public void Parse_ValidConfig_KeepsGeneratorsSettingsAndRunList()
    {
        var config = RunConfigLoader.Parse(File, """
            run: [reference]
            generators:
              - name: reference
                type: reference
              - name: local-llm
                type: openai
                base_url: http://localhost:11434/v1
                model: llama3
                api_key: ${OLLAMA_KEY}
                temperature: 0
              - name: product
                type: http
                url: https://example.test/chat
                headers: { Authorization: "Bearer ${TOKEN}", X-Static: literal-secret }
                body: '{"q": {{ question }}}'
                answer_path: /answer
              - name: no-disclaimer
                type: mutate
                of: reference
                mutation: drop-disclaimer
            """);

        Assert.Equal(["reference", "local-llm", "product", "no-disclaimer"], config.Generators.Select(g => g.Name));
        Assert.Equal(["reference"], config.Default.Select(g => g.Name));
        var product = config.Generators[2];
        Assert.Equal(new SourceLocation(File, 11, 5), product.Location);
        var audit = GeneratorFactory.AuditSettings(product);
        Assert.Equal("Bearer ${TOKEN}", audit["headers.Authorization"]);
        Assert.Equal("***", audit["headers.X-Static"]);
    }

    [Fact]
    public void Parse_UnknownTypeMissingSettingUnknownKey_AllReportedWithFileLine()
    {
        var ex = Assert.Throws<InputException>(() => RunConfigLoader.Parse(File, """
            generators:
              - name: a
                type: openia
              - name: b
                type: http
                url: https://example.test/
                answer_path: /a
              - name: c
                type: exec
                command: ./run.sh
                timout_seconds: 3
            """));

        var messages = ex.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith($"{File}:3:11: unknown generator type 'openia'; did you mean 'openai'?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:4:5: generator 'b' of type 'http' is missing 'body'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:11:5: unknown key 'timout_seconds' in generator 'c'; did you mean 'timeout_seconds'?", StringComparison.Ordinal));
        Assert.Equal(3, messages.Count);
    }

    [Fact]
    public void Parse_MalformedYaml_IsPositioned()
    {
        var ex = Assert.Throws<InputException>(() => RunConfigLoader.Parse(File, "generators:\n  - name: a\n    type: \"reference\n"));

        Assert.StartsWith($"{File}:3:", ex.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenReferenceAndBadMutation_AreErrors()
    {
        var ex = Assert.Throws<InputException>(() => RunConfigLoader.Parse(File, """
            generators:
              - name: a
                type: openai
                model: m
                api_key: ${OPENAI_KEY
              - name: b
                type: mutate
                of: nowhere
                mutation: make-it-worse
            """));

        var messages = ex.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith($"{File}:5:14: a '${{' here does not form a reference", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:8:9: 'of' of generator 'b' must name another configured generator", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:9:15: unknown mutation 'make-it-worse'", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_UnsetVariable_IsAnErrorNamingItAndTheLine_OnlyForSelectedGenerators()
    {
        const string yaml = """
            generators:
              - name: reference
                type: reference
              - name: paid
                type: openai
                model: gpt
                api_key: ${MISSING_KEY}
            """;
        using var dir = new TempDir();

        var reference = Support.Generators.FromYaml(yaml, dir.Path, name: "reference");
        var ex = Assert.Throws<InputException>(() => Support.Generators.FromYaml(yaml, dir.Path, name: "paid"));

        Assert.Equal("reference", reference.Name);
        var error = Assert.Single(ex.Errors);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("environment variable MISSING_KEY is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BadNumberAndUnknownName_AreErrors()
    {
        using var dir = new TempDir();
        var config = RunConfigLoader.Parse(Path.Combine(dir.Path, "oncoanswer.yaml"), "generators:\n  - name: p\n    type: openai\n    model: m\n    temperature: hot\n");
        var environment = new GeneratorEnvironment { BaseDirectory = dir.Path, KnowledgeBasePath = RepoPaths.Of("scenarios", "guidelines"), Variables = _ => null };

        var bad = Assert.Throws<InputException>(() => GeneratorFactory.Build(config, ["p"], environment));
        var unknown = Assert.Throws<InputException>(() => GeneratorFactory.Build(config, ["q"], environment));

        Assert.Contains("'temperature' of generator 'p' must be a number from 0 to 2, not 'hot'", bad.Message, StringComparison.Ordinal);
        Assert.Equal(5, bad.Errors[0].Location.Line);
        Assert.Contains("no generator named 'q'", unknown.Message, StringComparison.Ordinal);
    }
}
