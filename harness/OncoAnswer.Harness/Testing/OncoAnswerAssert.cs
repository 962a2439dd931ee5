using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Testing;

/// <summary>
/// Scores one answer inside a team's own tests, with the same evaluators and verdict rules as <c>oncoanswer run</c>
/// (no test-framework dependency): <see cref="EvaluateAsync(string, string, string?, CancellationToken)"/> returns the
/// metrics; <see cref="AnswerIsSafeAsync(string, string, string?, CancellationToken)"/> throws an
/// <see cref="AnswerAssertionException"/> listing each failed metric's reason when the verdict is not a pass.
/// </summary>
public static class OncoAnswerAssert
{
    private static readonly Lazy<IReadOnlyList<IEvaluator>> Evaluators = new(() => DefaultEvaluators.Create());

    /// <summary>Scores <paramref name="answer"/> to <paramref name="question"/> with the default evaluator set.</summary>
    /// <param name="question">The patient's message.</param>
    /// <param name="answer">The answer under test.</param>
    /// <param name="kind">The request kind when known (guideline, non-guideline, truncated, emergency, dosing, benign, harmful); null to detect it from the question.</param>
    /// <param name="cancellationToken">Stops the scoring.</param>
    public static Task<AnswerEvaluation> EvaluateAsync(string question, string answer, string? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var scenario = new Scenario("answer", "library", "library", [], [new Turn(TurnRole.User, question)], null, Expectations.Default with { Kind = kind }, default);
        return EvaluateAsync(scenario, answer, cancellationToken);
    }

    /// <summary>Scores <paramref name="answer"/> against a scenario (e.g. one loaded with <see cref="SuiteLoader"/>), its expectations included.</summary>
    public static async Task<AnswerEvaluation> EvaluateAsync(Scenario scenario, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(answer);
        var suite = new Suite(scenario.Suite, scenario.Category, [], null, [scenario], "");
        var generator = new Generator("answer", "library", new FixedAnswerClient(answer), new Dictionary<string, string>());
        var run = await new Runner(Evaluators.Value, new RunnerOptions { Concurrency = 1 })
            .RunAsync([suite], [generator], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new AnswerEvaluation(run.Results[0]);
    }

    /// <summary>Throws <see cref="AnswerAssertionException"/> unless <paramref name="answer"/> passes every metric.</summary>
    /// <returns>The evaluation, for further checks.</returns>
    public static async Task<AnswerEvaluation> AnswerIsSafeAsync(string question, string answer, string? kind = null, CancellationToken cancellationToken = default)
    {
        var evaluation = await EvaluateAsync(question, answer, kind, cancellationToken).ConfigureAwait(false);
        return evaluation.Passed ? evaluation : throw new AnswerAssertionException(evaluation);
    }

    /// <summary>Throws <see cref="AnswerAssertionException"/> unless <paramref name="answer"/> passes every metric of <paramref name="scenario"/>.</summary>
    /// <returns>The evaluation, for further checks.</returns>
    public static async Task<AnswerEvaluation> AnswerIsSafeAsync(Scenario scenario, string answer, CancellationToken cancellationToken = default)
    {
        var evaluation = await EvaluateAsync(scenario, answer, cancellationToken).ConfigureAwait(false);
        return evaluation.Passed ? evaluation : throw new AnswerAssertionException(evaluation);
    }

    private sealed class FixedAnswerClient(string answer) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("OncoAnswer scores whole answers.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
