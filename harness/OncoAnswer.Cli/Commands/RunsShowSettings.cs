using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer runs show</c>.</summary>
internal sealed class RunsShowSettings : RunsSettings
{
    [CommandArgument(0, "<RUN_ID>")]
    [Description("The run id, or 'latest'.")]
    public string Run { get; init; } = "";
}
