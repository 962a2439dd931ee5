namespace OncoAnswer.Cli;

/// <summary>The exit codes of the <c>oncoanswer</c> command (see ARCHITECTURE.md).</summary>
public static class ExitCodes
{
    /// <summary>All gates passed.</summary>
    public const int Passed = 0;

    /// <summary>A gate failed (threshold or regression).</summary>
    public const int GateFailed = 1;

    /// <summary>The run had errors: generator or evaluator failures left scenarios unscored.</summary>
    public const int RunErrors = 2;

    /// <summary>Usage or input error: bad file, bad flag.</summary>
    public const int UsageError = 64;

    /// <summary>Cancelled (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
