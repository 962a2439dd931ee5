using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// A generator that answers each scenario with its recorded answer. A scenario without one fails with a
/// <see cref="GeneratorException"/>, which the runner turns into an error verdict: never a pass.
/// </summary>
public sealed class ReplayChatClient : IChatClient
{
    private readonly RecordedAnswers answers;

    /// <summary>Creates a replay generator over <paramref name="answers"/>.</summary>
    public ReplayChatClient(RecordedAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        this.answers = answers;
    }

    /// <inheritdoc/>
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scenarioId = GeneratorRequest.ScenarioId(options) ?? throw new GeneratorException();
        if (!answers.TryGet(scenarioId, out var answer))
        {
            throw GeneratorException.NoRecordedAnswer(scenarioId, answers.Path);
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "replay" });
    }

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
    }
}
