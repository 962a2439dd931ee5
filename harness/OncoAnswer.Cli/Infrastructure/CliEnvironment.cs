namespace OncoAnswer.Cli.Infrastructure;

/// <summary>Reads environment variables (ONCOANSWER_*, GITHUB_STEP_SUMMARY); tests pass their own instead of the process's.</summary>
internal sealed record CliEnvironment(Func<string, string?> Get)
{
    public static CliEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);
}
