using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators.Decorators;
using OncoAnswer.Harness.Generators.Endpoint;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// How to reach the optional LLM judge: an OpenAI-compatible endpoint, a model, and the name of the environment
/// variable holding the API key (the key itself is never stored in options, results or reports). The judge's calls
/// have the generators' resilience: backoff with jitter, Retry-After honoured, no retry on a 4xx other than 408/429,
/// a per-call timeout and a circuit breaker.
/// </summary>
public sealed class JudgeOptions
{
    /// <summary>Base URL of the OpenAI-compatible API, e.g. <c>http://127.0.0.1:8080/v1</c>.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Model id sent with every request.</summary>
    public required string Model { get; init; }

    /// <summary>Environment variable holding the API key; null sends a placeholder (local servers need none). Named but unset is an input error.</summary>
    public string? ApiKeyVariable { get; init; }

    /// <summary>Folder for cached judge responses (a re-run makes no call). Default: .oncoanswer/judge-cache.</summary>
    public string CacheDirectory { get; init; } = Path.Combine(".oncoanswer", "judge-cache");

    /// <summary>Whether cached replies are used and new ones kept (false with <c>--no-cache</c>). Default true.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Attempts per question (first try plus retries) on malformed output or a transient failure. Default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Time one judge call may take (<c>--judge-timeout</c>). Default 100 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Base delay of the exponential backoff (with jitter) when the server gives no Retry-After. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reads an environment variable (the CLI and tests substitute their own).</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The run's secrets, shared with its generators: the judge's key is added and every secret is masked in what the judge returns.</summary>
    public SecretMask Secrets { get; init; } = new();

    /// <summary>Builds the judge over an OpenAI-compatible chat client; an unset <see cref="ApiKeyVariable"/> is an <see cref="InputException"/>.</summary>
    public LlmJudge CreateJudge()
    {
        string? key = null;
        if (ApiKeyVariable is not null)
        {
            key = Variables(ApiKeyVariable);
            if (string.IsNullOrEmpty(key))
            {
                throw new InputException(new SourceLocation("--judge-key-env", 0, 0), $"environment variable {ApiKeyVariable} (the judge's API key) is not set; set it (e.g. export {ApiKeyVariable}=...) before running, or leave out --judge-key-env for a judge that needs no key.");
            }

            Secrets.Add(key);
        }

        var resilience = new ResilienceOptions
        {
            Retries = MaxAttempts - 1,
            RetryDelay = RetryDelay,
            Timeout = Timeout,
            TimeoutSetting = "--judge-timeout",
        };
        var chat = OpenAIEndpoint.Create(Endpoint, Model, key, [], OpenAIEndpoint.CompletionTokensParameter, Timeout + TimeSpan.FromSeconds(5), Secrets);
        var client = new ChatClientBuilder(chat)
            .Use(inner => new SecretMaskingChatClient(inner, Secrets))
            .Use(inner => new ResilientChatClient(inner, resilience))
            .Build();
        return new LlmJudge(client, Model, CacheDirectory, MaxAttempts, Endpoint.AbsoluteUri, UseCache);
    }
}
