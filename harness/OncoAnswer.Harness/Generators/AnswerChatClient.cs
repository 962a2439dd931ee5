using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// The common part of OncoAnswer's own generators (replay, reference, http, exec): each produces a complete answer, so
/// streaming replays that answer as updates, and the client offers no services but itself.
/// </summary>
public abstract class AnswerChatClient : IChatClient
{
    /// <inheritdoc/>
    public abstract Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the generator holds (nothing by default).</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
