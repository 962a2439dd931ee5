using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;

namespace OncoAnswer.Harness.Generators.Endpoint;

/// <summary>
/// Turns what the OpenAI client throws into errors that say what happened and where: HTTP failures name the status,
/// the URL tried and a body excerpt (secrets masked before the cut), 408/429/5xx are transient (Retry-After kept), a
/// 404 hints at the <c>/v1</c> suffix; a response without choices or not JSON names the endpoint instead of an
/// index or parser error.
/// </summary>
internal sealed class OpenAIErrorChatClient(IChatClient inner, Uri url, SecretMask secrets) : DelegatingChatClient(inner)
{
    private const int BodyExcerpt = 300;

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientResultException ex) when (ex.Status == 0)
        {
            throw new TransientGeneratorException($"no response from {url}: {secrets.Apply(ex.Message)}");
        }
        catch (ClientResultException ex)
        {
            throw Describe(ex);
        }
        catch (JsonException ex)
        {
            throw new GeneratorException($"the response from {url} is not valid JSON ({ex.Message}); is the base URL an OpenAI-compatible API?");
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new GeneratorException($"the response from {url} has no choices (or an empty one): an OpenAI-compatible server returns at least one choice with a message.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or NullReferenceException)
        {
            throw new GeneratorException($"the response from {url} is not a chat completion the OpenAI client can read ({ex.GetType().Name}: {secrets.Apply(ex.Message)}).");
        }
    }

    private Exception Describe(ClientResultException ex)
    {
        var response = ex.GetRawResponse();
        var body = secrets.Apply(response?.Content?.ToString() ?? "").ReplaceLineEndings(" ").Trim();
        var excerpt = body.Length <= BodyExcerpt ? body : body[..BodyExcerpt] + "…";
        var reason = string.IsNullOrWhiteSpace(response?.ReasonPhrase) ? "" : " " + secrets.Apply(response.ReasonPhrase);
        var message = string.Create(CultureInfo.InvariantCulture, $"HTTP {ex.Status}{reason} from {url}: {excerpt}");
        if (ex.Status is 408 or 429 or >= 500)
        {
            return new TransientGeneratorException(message) { RetryAfter = RetryAfter(response) };
        }

        return ex.Status == 404
            ? new GeneratorException(message + $" (not retried: nothing is served at that URL; OpenAI-compatible servers usually serve the API under /v1, so check that 'base_url' ends in /v1, e.g. {OpenAIEndpoint.WithV1(url)}).")
            : new GeneratorException(message + " (not retried: fix the request or its settings).");
    }

    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponse? response)
    {
        if (response is null || !response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date - DateTimeOffset.UtcNow : null;
    }
}
