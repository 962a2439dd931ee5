using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer export csv</c>.</summary>
internal sealed class ExportCsvSettings : CliSettings
{
    [CommandOption("-s|--suite <PATH>")]
    [Description("Suite file or folder. Repeatable. Default: scenarios/suites.")]
    public string[] Suites { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("CSV file to write. Default: standard output.")]
    public string? Out { get; init; }
}
