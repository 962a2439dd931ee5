using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Generators;

namespace OncoAnswer.RunHost;

/// <summary>A generator that asks a loopback HTTP server for each scenario's answer: GET {server}answer/{scenarioId}.</summary>
public sealed class LoopbackChatClient(HttpClient http, Uri server) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = GeneratorRequest.ScenarioId(options) ?? throw new InvalidOperationException("no scenario id");
        var text = await http.GetStringAsync(new Uri(server, "answer/" + Uri.EscapeDataString(id)), cancellationToken).ConfigureAwait(false);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
