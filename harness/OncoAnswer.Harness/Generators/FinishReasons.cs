using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Reads a finish reason as providers and logs write it: OpenAI's <c>length</c>, Anthropic's <c>max_tokens</c>,
/// Gemini's <c>MAX_TOKENS</c> all mean the completion was cut off at the token limit (<see cref="ChatFinishReason.Length"/>).
/// </summary>
public static class FinishReasons
{
    /// <summary>The finish reason <paramref name="value"/> names, or null when it is empty.</summary>
    public static ChatFinishReason? Parse(string? value)
    {
        var v = value?.Trim().ToLowerInvariant().Replace('-', '_');
        return v switch
        {
            null or "" => null,
            "length" or "max_tokens" or "max_output_tokens" or "max_completion_tokens" or "token_limit" or "model_length" => ChatFinishReason.Length,
            "stop" or "end_turn" or "stop_sequence" or "eos" or "complete" or "completed" => ChatFinishReason.Stop,
            "content_filter" or "safety" or "refusal_filter" => ChatFinishReason.ContentFilter,
            "tool_calls" or "function_call" or "tool_use" => ChatFinishReason.ToolCalls,
            _ => new ChatFinishReason(v),
        };
    }
}
