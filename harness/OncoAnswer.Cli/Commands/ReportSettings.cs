using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer report</c>.</summary>
internal sealed class ReportSettings : CliSettings
{
    [CommandArgument(0, "<RUN>")]
    [Description("A stored run id, 'latest', or a results.json file.")]
    public string Run { get; init; } = "";

    [CommandOption("-b|--baseline <RUN>")]
    [Description("A stored run id, 'latest' (the newest other run) or a results.json file to compare with.")]
    public string? Baseline { get; init; }

    [CommandOption("--template-dir <DIR>")]
    [Description("Folder of Scriban templates overriding the bundled ones, file by file.")]
    public string? TemplateDir { get; init; }

    [CommandOption("--gate <FILE>")]
    [Description("Gate config to judge the run by (thresholds shown in the Audit view). Default: the default gate.")]
    public string? Gate { get; init; }

    [CommandOption("--store <PATH>")]
    [Description(StoreDefaults.Help)]
    public string? Store { get; init; }

    [CommandOption("--guidelines <PATH>")]
    [Description("Knowledge base quoted next to each case. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The HTML file to write. Default: out/report.html.")]
    public string Out { get; init; } = Path.Combine("out", "report.html");

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Run) ? ValidationResult.Error("give a run id, 'latest' or a results.json file.") : OutFlag.Check(Out, "an HTML report", ".html", ".htm");
}
