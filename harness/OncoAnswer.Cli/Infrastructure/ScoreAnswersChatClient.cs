using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Generators;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>The "generator" of <c>oncoanswer score</c>: returns each input line's answer (and recorded finish reason) for its id.</summary>
internal sealed class ScoreAnswersChatClient(IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string>? finishReasons = null) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var id = GeneratorRequest.ScenarioId(options) ?? throw new GeneratorException();
        return answers.TryGetValue(id, out var answer)
            ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "scored-input", FinishReason = FinishReasons.Parse(finishReasons?.GetValueOrDefault(id)) })
            : throw GeneratorException.NoRecordedAnswer(id, "the scored file");
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("score replays whole answers.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
