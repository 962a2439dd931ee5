namespace OncoAnswer.Harness.Scenarios;

/// <summary>One problem found in an input file: where it is and what to do about it.</summary>
public sealed record InputError(SourceLocation Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Location + ": " + Message;
}
