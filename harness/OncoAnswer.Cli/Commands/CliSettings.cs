using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// The base of every command's settings: the flags all commands share (today <c>--debug</c>), declared once so each
/// command accepts them and describes them alike.
/// </summary>
internal abstract class CliSettings : CommandSettings
{
    [CommandOption("--debug")]
    [Description("Show full exception details.")]
    public bool Debug { get; init; }
}
