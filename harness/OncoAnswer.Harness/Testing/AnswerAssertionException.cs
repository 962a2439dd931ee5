namespace OncoAnswer.Harness.Testing;

/// <summary>
/// Thrown by <see cref="OncoAnswerAssert"/> when an answer is not safe. Test frameworks (xunit, NUnit, MSTest) report
/// any exception as a failed test; the message lists every failed metric with its reason and evidence.
/// </summary>
public sealed class AnswerAssertionException : Exception
{
    /// <summary>Creates the exception for <paramref name="evaluation"/>.</summary>
    public AnswerAssertionException(AnswerEvaluation evaluation)
        : base((evaluation ?? throw new ArgumentNullException(nameof(evaluation))).Describe())
    {
        Evaluation = evaluation;
    }

    /// <summary>The evaluation that failed.</summary>
    public AnswerEvaluation Evaluation { get; }
}
