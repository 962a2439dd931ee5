using System.ComponentModel;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer runs prune</c>.</summary>
internal sealed class RunsPruneSettings : RunsSettings
{
    [CommandOption("--keep <N>")]
    [Description("How many of the newest runs to keep. Required.")]
    public int? Keep { get; init; }

    [CommandOption("--keep-unfinished <AGE>")]
    [Description("Never prune an unfinished run younger than AGE (e.g. 90m, 24h, 7d), nor any run a live process holds locked. Default: 24h.")]
    [DefaultValue("24h")]
    public string KeepUnfinished { get; init; } = "24h";

    public override ValidationResult Validate() =>
        Keep is null or < 0 ? ValidationResult.Error("runs prune needs --keep N (N >= 0): how many of the newest runs to keep.")
        : RunPruner.ParseAge(KeepUnfinished) is not { } age || age < TimeSpan.Zero ? ValidationResult.Error($"--keep-unfinished must be an age such as 90m, 24h or 7d, not '{KeepUnfinished}'.")
        : ValidationResult.Success();
}
