namespace OncoAnswer.Cli.Tests;

/// <summary>Runs the oncoanswer command line in-process, capturing output and errors as plain text.</summary>
internal static class CliRunner
{
    public static Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, Isolated, cancellationToken);

    /// <summary>Runs with <paramref name="environment"/> as the only source of environment variables the CLI reads.</summary>
    public static async Task<CliResult> RunAsync(string[] args, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await OncoAnswerApp.RunAsync(args, OncoAnswerApp.CreateConsole(output, terminal: false), OncoAnswerApp.CreateConsole(errors, terminal: false), cancellationToken, environment);
        return new CliResult(code, output.ToString(), errors.ToString());
    }

    // The process environment without ONCOANSWER_* settings a developer's shell may carry.
    private static string? Isolated(string name) =>
        name.StartsWith("ONCOANSWER_", StringComparison.Ordinal) ? null : Environment.GetEnvironmentVariable(name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}

internal sealed record CliResult(int ExitCode, string Output, string Errors);
