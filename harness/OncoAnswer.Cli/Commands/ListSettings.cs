using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer list</c>.</summary>
internal sealed class ListSettings : CliSettings
{
    /// <summary>What can be listed.</summary>
    public static IReadOnlyList<string> Subjects { get; } = ["suites", "scenarios", "statements", "generators", "metrics"];

    [CommandArgument(0, "<WHAT>")]
    [Description("suites, scenarios, statements, generators or metrics.")]
    public string What { get; init; } = "";

    [CommandOption("--json")]
    [Description("Print a machine-readable JSON listing instead of counts.")]
    public bool Json { get; init; }

    [CommandOption("-s|--suite <PATH>")]
    [Description("Suite file or folder. Repeatable. Default: scenarios/suites.")]
    public string[] Suites { get; init; } = [];

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge-base file or folder. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }

    [CommandOption("--config <FILE>")]
    [Description("Run config for 'list generators'. Default: ./oncoanswer.yaml when it exists, else the built-in generators.")]
    public string? Config { get; init; }

    [CommandOption("--variants")]
    [Description("Include the declared adversarial variants in the scenario listing.")]
    public bool Variants { get; init; }

    public override ValidationResult Validate() =>
        Subjects.Contains(What)
            ? ValidationResult.Success()
            : ValidationResult.Error($"cannot list '{What}'; use one of: {string.Join(", ", Subjects)}.");
}
