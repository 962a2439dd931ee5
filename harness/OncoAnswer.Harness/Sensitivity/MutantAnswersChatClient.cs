using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Generators;

namespace OncoAnswer.Harness.Sensitivity;

/// <summary>Serves the mutants of one operator by scenario id, so the runner scores them like any generator's answers.</summary>
internal sealed class MutantAnswersChatClient(IReadOnlyDictionary<string, string> answers) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var id = GeneratorRequest.ScenarioId(options) ?? throw new GeneratorException();
        return answers.TryGetValue(id, out var answer)
            ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "mutant" })
            : throw GeneratorException.NoRecordedAnswer(id, "the mutants");
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("mutants are served whole.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
