namespace OncoAnswer.Harness.Generators;

/// <summary>
/// A generator call failed in a way worth retrying (HTTP 408/429/5xx, a dropped connection, a process timeout).
/// The resilience decorator retries it; when retries run out the run records an error verdict with its message.
/// </summary>
public sealed class TransientGeneratorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientGeneratorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the cause.</summary>
    public TransientGeneratorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TransientGeneratorException()
        : base("the generator call failed; it may succeed if retried.")
    {
    }

    /// <summary>How long the server asked to wait before retrying (its Retry-After header), or null.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
