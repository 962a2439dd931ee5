using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer config show</c>: the layered flags of <c>run</c>, so their effect can be checked.</summary>
internal sealed class ConfigShowSettings : LayeredSettings
{
    [CommandOption("--json")]
    [Description("Print the effective config as JSON (key: {value, source}).")]
    public bool Json { get; init; }
}
