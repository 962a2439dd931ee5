using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer validate</c>.</summary>
internal sealed class ValidateSettings : CliSettings
{
    [CommandArgument(0, "[PATHS]")]
    [Description("Suite files, knowledge-base files, gate files, oncoanswer.yaml (with the gate it names) or folders of suites and statements. Default: the scenario library (scenarios/suites and scenarios/guidelines) and ./oncoanswer.yaml when it exists.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge base to check statement ids against when PATHS hold none. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }
}
