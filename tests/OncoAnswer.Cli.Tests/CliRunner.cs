namespace OncoAnswer.Cli.Tests;

/// <summary>Runs the oncoanswer command line in-process, capturing output and errors as plain text.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await OncoAnswerApp.RunAsync(args, OncoAnswerApp.CreateConsole(output, terminal: false), OncoAnswerApp.CreateConsole(errors, terminal: false), cancellationToken);
        return new CliResult(code, output.ToString(), errors.ToString());
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}

internal sealed record CliResult(int ExitCode, string Output, string Errors);
