namespace OncoAnswer.Harness.Scenarios;

/// <summary>One problem found in an input file: where it is and what to do about it.</summary>
public sealed record InputError(SourceLocation Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Location + ": " + Message;

    /// <summary>
    /// <paramref name="errors"/> in reading order: by file (ordinal), then line, then column; errors at one place keep
    /// the order they were found in.
    /// </summary>
    public static IReadOnlyList<InputError> Sorted(IEnumerable<InputError> errors) =>
        errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList();
}
