using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;

namespace OncoAnswer.Harness.Generators.Endpoint;

/// <summary>
/// Adapts each request the OpenAI client sends to an OpenAI-compatible server: adds the configured headers (e.g.
/// Azure's <c>api-key</c>) and sends the token limit under the name the server reads (<c>max_tokens</c> for servers
/// that ignore <c>max_completion_tokens</c>).
/// </summary>
internal sealed class OpenAIRequestPolicy(IReadOnlyList<KeyValuePair<string, string>> headers, string maxTokensParameter) : PipelinePolicy
{
    /// <inheritdoc/>
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Prepare(message);
        ProcessNext(message, pipeline, currentIndex);
    }

    /// <inheritdoc/>
    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Prepare(message);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    private void Prepare(PipelineMessage message)
    {
        foreach (var (name, value) in headers)
        {
            message.Request.Headers.Set(name, value);
        }

        if (maxTokensParameter == OpenAIEndpoint.CompletionTokensParameter || message.Request.Content is not { } content)
        {
            return;
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer);
        if (JsonNode.Parse(buffer.ToArray()) is JsonObject body && body.Remove(OpenAIEndpoint.CompletionTokensParameter, out var limit))
        {
            body[maxTokensParameter] = limit;
            message.Request.Content = BinaryContent.Create(BinaryData.FromString(body.ToJsonString()));
        }
    }
}
