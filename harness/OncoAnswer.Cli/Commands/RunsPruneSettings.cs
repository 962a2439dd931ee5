using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer runs prune</c>.</summary>
internal sealed class RunsPruneSettings : RunsSettings
{
    [CommandOption("--keep <N>")]
    [Description("How many of the newest runs to keep. Required.")]
    public int? Keep { get; init; }

    public override ValidationResult Validate() =>
        Keep is null or < 0 ? ValidationResult.Error("runs prune needs --keep N (N >= 0): how many of the newest runs to keep.") : ValidationResult.Success();
}
