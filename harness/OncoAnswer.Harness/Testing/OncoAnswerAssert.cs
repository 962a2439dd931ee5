using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Testing;

/// <summary>
/// Scores one answer inside a team's own tests with <see cref="AnswerScorer"/>, the scorer <c>oncoanswer run</c> uses
/// (no test-framework dependency): <see cref="EvaluateAsync(string, string, string?, CancellationToken)"/> returns the
/// metrics; <see cref="AnswerIsSafeAsync(string, string, string?, CancellationToken)"/> throws an
/// <see cref="AnswerAssertionException"/> listing each failed metric's reason when the verdict is not a pass.
/// </summary>
public static class OncoAnswerAssert
{
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
        var score = await AnswerScorer.Default.ScoreAsync(scenario, new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), null, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new AnswerEvaluation(score.ToResult(scenario, scenario.Suite, "answer"));
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
}
