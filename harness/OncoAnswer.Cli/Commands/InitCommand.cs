using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Config;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer init [DIR]</c>: writes oncoanswer.yaml, an example suite and its recorded answers, so a team goes
/// from an empty folder to a report with <c>oncoanswer init</c> and <c>oncoanswer run</c>. Existing files are kept
/// (the command stops, naming them) unless <c>--force</c>.
/// </summary>
internal sealed class InitCommand(CliConsoles consoles) : Command<InitSettings>
{
    private static readonly (string Resource, string Path)[] Files =
    [
        ("oncoanswer.yaml", RunConfigLoader.DefaultFileName),
        ("example.yaml", Path.Combine("scenarios", "suites", "example.yaml")),
        ("example.jsonl", Path.Combine("scenarios", "answers", "example.jsonl")),
        ("gitignore", ".gitignore"),
    ];

    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = Path.GetFullPath(settings.Directory);
        var existing = Files.Select(f => Path.Combine(root, f.Path)).Where(File.Exists).ToList();
        if (existing.Count > 0 && !settings.Force)
        {
            consoles.Error.MarkupLine("[red]error:[/] these files exist already and were left alone:");
            foreach (var file in existing)
            {
                consoles.Error.WriteLine("  " + file);
            }

            consoles.Error.WriteLine("Run 'oncoanswer init --force' to overwrite them, or init another folder ('oncoanswer init DIR').");
            return ExitCodes.UsageError;
        }

        foreach (var (resource, path) in Files)
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Read(resource));
            consoles.Out.WriteLine("created " + target);
        }

        var cd = Path.GetFullPath(Directory.GetCurrentDirectory()) == root ? "" : $"cd {root} && ";
        consoles.Out.MarkupLine("Next: [bold]" + Markup.Escape(cd + "oncoanswer run") + "[/] runs the example suite against 'reference' and your recorded answers and writes out/report.html.");
        consoles.Out.WriteLine("Then: add scenarios to scenarios/suites/, record your product's answers in scenarios/answers/ (or configure a live generator in oncoanswer.yaml), and check the settings with 'oncoanswer config show'.");
        return ExitCodes.Passed;
    }

    private static string Read(string resource)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("OncoAnswer.Init." + resource)
            ?? throw new InvalidOperationException($"the init template '{resource}' is missing from the oncoanswer assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
