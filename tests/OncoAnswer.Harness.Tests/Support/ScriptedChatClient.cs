using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Generators;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>A test generator answering per scenario id with a delegate (which may await, throw or block).</summary>
internal sealed class ScriptedChatClient(Func<string, CancellationToken, Task<string>> answer) : IChatClient
{
    private int inFlight;
    private int maxInFlight;
    private int calls;

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>How many times the generator was asked.</summary>
    public int Calls => Volatile.Read(ref calls);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            var text = await answer(GeneratorRequest.ScenarioId(options)!, cancellationToken);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
