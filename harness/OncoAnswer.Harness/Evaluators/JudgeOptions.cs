using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// How to reach the optional LLM judge: an OpenAI-compatible endpoint, a model, and the name of the environment
/// variable holding the API key (the key itself is never stored in options, results or reports).
/// </summary>
public sealed class JudgeOptions
{
    /// <summary>Base URL of the OpenAI-compatible API, e.g. <c>http://127.0.0.1:8080/v1</c>.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Model id sent with every request.</summary>
    public required string Model { get; init; }

    /// <summary>Environment variable holding the API key; null or unset sends a placeholder (local servers need none).</summary>
    public string? ApiKeyVariable { get; init; }

    /// <summary>Folder for cached judge responses (a re-run makes no call). Default: .oncoanswer/judge-cache.</summary>
    public string CacheDirectory { get; init; } = Path.Combine(".oncoanswer", "judge-cache");

    /// <summary>Attempts per question (first try plus retries) on malformed output or a failed call. Default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Builds the judge over an OpenAI-compatible chat client (Microsoft.Extensions.AI.OpenAI).</summary>
    public LlmJudge CreateJudge()
    {
        var key = ApiKeyVariable is null ? null : Environment.GetEnvironmentVariable(ApiKeyVariable);
        // The judge retries on its own terms (MaxAttempts); the SDK's own retries with back-off are turned off.
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(key) ? "unused" : key), new OpenAIClientOptions { Endpoint = Endpoint, NetworkTimeout = TimeSpan.FromSeconds(100), RetryPolicy = new ClientRetryPolicy(0) });
        IChatClient chat = client.GetChatClient(Model).AsIChatClient();
        return new LlmJudge(chat, Model, CacheDirectory, MaxAttempts);
    }
}
