using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators.Mutation;

/// <summary>Wraps a generator and applies a named edit (<see cref="AnswerMutations"/>) to every answer it can edit.</summary>
public sealed class MutatingChatClient : DelegatingChatClient
{
    /// <summary>Wraps <paramref name="inner"/> with the mutation <paramref name="mutation"/>.</summary>
    public MutatingChatClient(IChatClient inner, string mutation)
        : base(inner)
    {
        Mutation = AnswerMutations.Get(mutation).Name;
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
            FinishReason = response.FinishReason,
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
