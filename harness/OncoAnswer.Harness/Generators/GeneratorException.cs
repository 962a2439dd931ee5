namespace OncoAnswer.Harness.Generators;

/// <summary>A generator could not produce an answer for a scenario; the runner records it as an error verdict.</summary>
public sealed class GeneratorException : Exception
{
    /// <summary>Creates the exception with a message naming the scenario and what to do.</summary>
    public GeneratorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the cause.</summary>
    public GeneratorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a generator that was called without a scenario id.</summary>
    public GeneratorException()
        : base("The generator was called without a scenario id.")
    {
    }

    /// <summary>No recorded answer exists for the scenario.</summary>
    public static GeneratorException NoRecordedAnswer(string scenarioId, string file) =>
        new($"no recorded answer for scenario '{scenarioId}' in {file}; add a line {{\"scenarioId\": \"{scenarioId}\", \"answer\": \"...\"}}.");
}
