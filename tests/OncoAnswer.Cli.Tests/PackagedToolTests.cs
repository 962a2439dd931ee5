using System.IO.Compression;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// The CLI as a dotnet tool: packed, installed into a temporary tool path from a local folder only (a private
/// nuget.config with that folder as its single source, so nothing is fetched), then run from an empty folder.
/// </summary>
public sealed class PackagedToolTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task PackedTool_InstallsFromLocalFolder_RefusesAnEmptyFolder_AndRunsTheBundledLibraryWhenAsked()
    {
        var packages = Path.Combine(dir.Path, "packages");
        var tools = Path.Combine(dir.Path, "tools");
        var work = Directory.CreateDirectory(Path.Combine(dir.Path, "empty")).FullName;
        var nugetConfig = dir.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        var pack = await ChildProcess.RunAsync("dotnet", ["pack", RepoPaths.Of("harness", "OncoAnswer.Cli", "OncoAnswer.Cli.csproj"), "-c", ChildProcess.Configuration, "--no-build", "-o", packages, "-nologo"], dir.Path);
        Assert.True(pack.ExitCode == 0, pack.Output + pack.Errors);
        var package = Assert.Single(Directory.GetFiles(packages, "OncoAnswer.Cli.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains(entries, e => e.EndsWith("/scenarios/suites/seed-conversations.yaml", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/scenarios/guidelines/metastatic-breast.yaml", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/scenarios/lexicons/disclaimer.lex", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/scenarios/answers/reference.jsonl", StringComparison.Ordinal));
            Assert.Contains("README.md", entries);
        }

        var install = await ChildProcess.RunAsync("dotnet", ["tool", "install", "OncoAnswer.Cli", "--tool-path", tools, "--add-source", packages, "--configfile", nugetConfig], dir.Path);
        Assert.True(install.ExitCode == 0, install.Output + install.Errors);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "oncoanswer.exe" : "oncoanswer");
        // An empty folder is no project: run says so instead of quietly running the library shipped with the tool.
        var outside = await ChildProcess.RunAsync(tool, ["run"], work);
        Assert.True(outside.ExitCode == ExitCodes.UsageError, outside.Output + outside.Errors);
        Assert.Contains("not in an oncoanswer project", outside.Errors, StringComparison.Ordinal);
        Assert.Contains("oncoanswer init", outside.Errors, StringComparison.Ordinal);
        Assert.Contains("--suite bundled", outside.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));

        var run = await ChildProcess.RunAsync(tool, ["run", "--suite", "bundled"], work);

        Assert.True(run.ExitCode == ExitCodes.Passed, run.Output + run.Errors);
        Assert.Matches(@"Running \d+ scenarios from \d+ suite\(s\) against reference \(reference\)\.", run.Output);
        Assert.Contains("gate: passed (exit 0)", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "out", "report.html")));

        var version = await ChildProcess.RunAsync(tool, ["--version"], work);
        Assert.Equal(0, version.ExitCode);
    }

    public void Dispose() => dir.Dispose();
}
