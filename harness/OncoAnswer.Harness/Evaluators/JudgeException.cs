namespace OncoAnswer.Harness.Evaluators;

/// <summary>The LLM judge gave no usable verdict (malformed output after every retry, or the call failed): an error, never a pass.</summary>
public sealed class JudgeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JudgeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JudgeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the last failure.</summary>
    public JudgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
