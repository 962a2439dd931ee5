using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer init</c>.</summary>
internal sealed class InitSettings : CliSettings
{
    [CommandArgument(0, "[DIR]")]
    [Description("Folder to set up (created when missing). Default: the working directory.")]
    public string Directory { get; init; } = ".";

    [CommandOption("--force")]
    [Description("Overwrite files that already exist.")]
    public bool Force { get; init; }
}
