using System.Diagnostics;
using System.Reflection;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>Runs a program as its own process (own working directory and environment), capturing its output.</summary>
internal static class ChildProcess
{
    /// <summary>The configuration this test assembly (and so the CLI it references) was built in.</summary>
    public static string Configuration { get; } = typeof(ChildProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    /// <summary>
    /// The oncoanswer app host in the CLI project's own build output (the copy next to the tests resolves its
    /// dependencies through the test project's, which differ).
    /// </summary>
    public static string Cli => RepoPaths.Of("harness", "OncoAnswer.Cli", "bin", Configuration, "net10.0", OperatingSystem.IsWindows() ? "oncoanswer.exe" : "oncoanswer");

    public static async Task<CliResult> RunAsync(string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Keep the child away from the developer's terminal settings and from any network source.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("NO_COLOR");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish in 5 minutes.");
        }

        return new CliResult(process.ExitCode, await output, await errors);
    }
}
