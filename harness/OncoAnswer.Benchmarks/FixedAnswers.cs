using Microsoft.Extensions.AI;

namespace OncoAnswer.Benchmarks;

/// <summary>An in-process generator answering every request with realistic answers of 50 to 600 words, in turn.</summary>
internal sealed class FixedAnswers : IChatClient
{
    private static readonly string[] Answers = [.. new[] { 50, 200, 400, 600 }.SelectMany(w => Enumerable.Range(0, 4).Select(i => RealisticAnswers.Of(w, i)))];
    private int next;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answers[Interlocked.Increment(ref next) % Answers.Length])));

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
