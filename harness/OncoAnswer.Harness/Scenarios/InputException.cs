namespace OncoAnswer.Harness.Scenarios;

/// <summary>Raised when input files (suites, recorded answers, config) are invalid; carries every error found.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an exception for the given errors (at least one).</summary>
    public InputException(IReadOnlyList<InputError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception for one error.</summary>
    public InputException(SourceLocation location, string message)
        : this([new InputError(location, message)])
    {
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Format(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? errors[0].ToString()
            : $"{errors.Count} input errors:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
