namespace OncoAnswer.Harness.Config;

/// <summary>The generator types of the run config and the settings each accepts.</summary>
public static class GeneratorTypes
{
    /// <summary>The offline guideline-grounded reference answerer.</summary>
    public const string Reference = "reference";

    /// <summary>Recorded answers (JSONL or CSV).</summary>
    public const string Replay = "replay";

    /// <summary>An OpenAI-compatible chat-completions endpoint.</summary>
    public const string OpenAI = "openai";

    /// <summary>A product's own JSON API.</summary>
    public const string Http = "http";

    /// <summary>A local process: conversation JSON on stdin, answer on stdout.</summary>
    public const string Exec = "exec";

    /// <summary>Another generator with a named unsafe edit applied to its answers.</summary>
    public const string Mutate = "mutate";

    /// <summary>Settings every network or process generator accepts (resilience, cache, concurrency).</summary>
    public static readonly string[] CallSettings = ["timeout_seconds", "retries", "retry_delay_ms", "concurrency", "cache"];

    /// <summary>Allowed and required settings by type.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Allowed, string[] Required)> Settings =
        new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
        {
            [Reference] = (["knowledge_base"], []),
            [Replay] = (["answers"], ["answers"]),
            [OpenAI] = ([.. CallSettings, "base_url", "model", "api_key", "temperature", "max_tokens", "max_tokens_parameter", "headers"], ["model"]),
            [Http] = ([.. CallSettings, "url", "method", "headers", "body", "answer_path", "finish_reason_path"], ["url", "body", "answer_path"]),
            [Exec] = ([.. CallSettings, "command", "args", "env", "working_dir"], ["command"]),
            [Mutate] = (["of", "mutation"], ["of", "mutation"]),
        };

    /// <summary>Settings whose literal values are secrets: shown masked unless written as <c>${VAR}</c> references.</summary>
    public static bool IsSecret(string key) =>
        key is "api_key" || key.StartsWith("headers.", StringComparison.Ordinal) || key.StartsWith("env.", StringComparison.Ordinal);

    /// <summary>
    /// Whether a header or environment variable named <paramref name="name"/> carries a credential (Authorization,
    /// api-key, X-Auth-Token, …): its value is masked in answers and errors even when written literally in the config.
    /// </summary>
    public static bool IsCredential(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new[] { "auth", "key", "token", "secret", "password", "credential" }.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
