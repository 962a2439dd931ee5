namespace OncoAnswer.Cli.Infrastructure;

/// <summary>A problem with how the command was called (a flag or environment variable); printed as one line, exit 64.</summary>
internal sealed class UsageException(string message) : Exception(message);
