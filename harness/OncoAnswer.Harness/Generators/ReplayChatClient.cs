using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// A generator that answers each scenario with its recorded answer. A scenario without one fails with a
/// <see cref="GeneratorException"/>, which the runner turns into an error verdict: never a pass.
/// </summary>
public sealed class ReplayChatClient : AnswerChatClient
{
    private readonly RecordedAnswers answers;

    /// <summary>Creates a replay generator over <paramref name="answers"/>.</summary>
    public ReplayChatClient(RecordedAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        this.answers = answers;
    }

    /// <inheritdoc/>
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scenarioId = GeneratorRequest.ScenarioId(options) ?? throw new GeneratorException();
        if (!answers.TryGet(scenarioId, out var answer))
        {
            throw GeneratorException.NoRecordedAnswer(scenarioId, answers.Path);
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "replay", FinishReason = FinishReasons.Parse(answers.FinishReason(scenarioId)) });
    }

}
