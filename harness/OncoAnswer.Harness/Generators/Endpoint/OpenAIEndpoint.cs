using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;
using OpenAI;

namespace OncoAnswer.Harness.Generators.Endpoint;

/// <summary>
/// Builds the chat client for an OpenAI-compatible endpoint, for the openai generator and the LLM judge alike: the
/// SDK's own retries off (the resilience decorator retries), extra headers and the token-limit parameter's name as
/// configured, and errors that name the URL tried (<see cref="OpenAIErrorChatClient"/>).
/// </summary>
public static class OpenAIEndpoint
{
    /// <summary>OpenAI's name for the token limit (what the SDK sends).</summary>
    public const string CompletionTokensParameter = "max_completion_tokens";

    /// <summary>The older name many OpenAI-compatible servers read.</summary>
    public const string TokensParameter = "max_tokens";

    /// <summary>The API root used when no base URL is configured.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.openai.com/v1");

    /// <summary>Creates the client for <paramref name="model"/> at <paramref name="baseUrl"/> (null: OpenAI's own).</summary>
    /// <param name="baseUrl">The API root, e.g. http://127.0.0.1:8080/v1.</param>
    /// <param name="model">Model id.</param>
    /// <param name="apiKey">The key, or null/empty to send a placeholder (local servers need none).</param>
    /// <param name="headers">Headers added to every request.</param>
    /// <param name="maxTokensParameter">"max_completion_tokens" (default) or "max_tokens".</param>
    /// <param name="networkTimeout">The SDK's own timeout (set above the resilience timeout, which fires first).</param>
    /// <param name="secrets">Secrets masked in error excerpts before they are cut.</param>
    public static IChatClient Create(Uri? baseUrl, string model, string? apiKey, IReadOnlyList<KeyValuePair<string, string>> headers, string maxTokensParameter, TimeSpan networkTimeout, SecretMask secrets)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(secrets);
        var options = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = networkTimeout,
        };
        if (baseUrl is not null)
        {
            options.Endpoint = baseUrl;
        }

        if (headers.Count > 0 || maxTokensParameter != CompletionTokensParameter)
        {
            options.AddPolicy(new OpenAIRequestPolicy(headers, maxTokensParameter), PipelinePosition.PerCall);
        }

        var chat = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "no-key" : apiKey), options);
        var url = new Uri((baseUrl ?? DefaultBaseUrl).AbsoluteUri.TrimEnd('/') + "/chat/completions");
        return new OpenAIErrorChatClient(chat.AsIChatClient(), url, secrets);
    }

    /// <summary>The base URL <paramref name="url"/> most likely meant: its root with /v1.</summary>
    internal static string WithV1(Uri url) => url.GetLeftPart(UriPartial.Authority) + "/v1";
}
