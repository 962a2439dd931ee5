using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators.Decorators;

/// <summary>Lets at most a fixed number of calls reach the inner generator at once (per-generator rate courtesy).</summary>
public sealed class ConcurrencyLimitingChatClient : DelegatingChatClient
{
    private readonly SemaphoreSlim slots;

    /// <summary>Wraps <paramref name="inner"/> with a limit of <paramref name="limit"/> calls in flight.</summary>
    public ConcurrencyLimitingChatClient(IChatClient inner, int limit)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        slots = new SemaphoreSlim(limit, limit);
    }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
