using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators.Mutation;

/// <summary>Wraps a generator and applies a named unsafe edit (<see cref="AnswerMutations"/>) to every answer.</summary>
public sealed class MutatingChatClient : DelegatingChatClient
{
    /// <summary>Wraps <paramref name="inner"/> with the mutation <paramref name="mutation"/>.</summary>
    public MutatingChatClient(IChatClient inner, string mutation)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        if (!AnswerMutations.Names.Contains(mutation, StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown mutation '{mutation}'; mutations: {string.Join(", ", AnswerMutations.Names)}.", nameof(mutation));
        }

        Mutation = mutation;
    }

    /// <summary>The mutation applied.</summary>
    public string Mutation { get; }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var mutated = AnswerMutations.Apply(Mutation, response.Text ?? "");
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, mutated))
        {
            ModelId = response.ModelId,
            Usage = response.Usage,
            AdditionalProperties = response.AdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
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
}
