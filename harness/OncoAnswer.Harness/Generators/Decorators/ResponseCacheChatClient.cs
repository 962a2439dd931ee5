using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace OncoAnswer.Harness.Generators.Decorators;

/// <summary>
/// The response cache: M.E.AI's <see cref="DistributedCachingChatClient"/> keyed by the generator's identity (type and
/// settings, secrets masked) plus the conversation and options, so a re-run replays answers without calling a paid
/// endpoint. A non-answer is never cached. A replayed answer is marked with <see cref="GeneratorRequest.CachedKey"/> so results can show it.
/// </summary>
public sealed class ResponseCacheChatClient : DistributedCachingChatClient
{
    /// <summary>Wraps <paramref name="inner"/> with a cache in <paramref name="cache"/> keyed also by <paramref name="identity"/>.</summary>
    public ResponseCacheChatClient(IChatClient inner, IDistributedCache cache, string identity)
        : base(inner, cache)
    {
        ArgumentNullException.ThrowIfNull(identity);
        CacheKeyAdditionalValues = ["oncoanswer-cache-v1", identity];
    }

    /// <inheritdoc/>
    protected override async Task<ChatResponse?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        var response = await base.ReadCacheAsync(key, cancellationToken).ConfigureAwait(false);
        if (response is not null)
        {
            response.AdditionalProperties ??= [];
            response.AdditionalProperties[GeneratorRequest.CachedKey] = true;
        }

        return response;
    }

    /// <inheritdoc/>
    /// <remarks>A non-answer (an outage message, a cut-off completion) is not kept: a re-run asks the generator again.</remarks>
    protected override Task WriteCacheAsync(string key, ChatResponse value, CancellationToken cancellationToken) =>
        NonAnswer.Reason(value) is null ? base.WriteCacheAsync(key, value, cancellationToken) : Task.CompletedTask;
}
