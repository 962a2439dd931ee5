using OncoAnswer.Harness.Config;

namespace OncoAnswer.Harness.Generators;

/// <summary>What generators are built with besides their config: where relative paths start, the bundled content, the cache and the environment variables.</summary>
public sealed record GeneratorEnvironment
{
    /// <summary>Folder relative paths in the config are resolved against (the config file's folder).</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>The knowledge base the reference generator uses unless its config names another.</summary>
    public required string KnowledgeBasePath { get; init; }

    /// <summary>Whether the response cache is used (false with <c>--no-cache</c>).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Reads an environment variable (tests substitute their own).</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// The run's secrets: every secret a generator resolves is added here and masked in every generator's answers and
    /// errors; share it with the judge (<c>JudgeOptions.Secrets</c>) so the judge's key is masked everywhere too.
    /// </summary>
    public SecretMask Secrets { get; init; } = new();
}
