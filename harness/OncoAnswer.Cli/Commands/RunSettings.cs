using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer run</c>.</summary>
internal sealed class RunSettings : LayeredSettings
{
    [CommandOption("--variants")]
    [Description("Also run the adversarial variants the suites declare (ids parent~kind-N; replayed answers are keyed by those ids).")]
    public bool Variants { get; init; }

    [CommandOption("--resume <RUN_ID>")]
    [Description("Continue an interrupted run: finished scenarios are not generated again.")]
    public string? Resume { get; init; }

    [CommandOption("--repeat <N>")]
    [Description("Run each scenario N times and report per-scenario stability. Default: 1.")]
    [DefaultValue(1)]
    public int Repeat { get; init; } = 1;

    [CommandOption("--shard <I/N>")]
    [Description("Run only shard I of N (stable by scenario id); combine shards with 'oncoanswer merge'.")]
    public string? Shard { get; init; }

    [CommandOption("--run-id <ID>")]
    [Description("Store the run under ID (letters, digits, '.', '_', '-'). With --shard, every shard given the same ID writes into one shared run (a shared store such as PostgreSQL); the run finishes with its last shard, no merge needed.")]
    public string? RunId { get; init; }

    [CommandOption("--tag <TAG>")]
    [Description("Tag recorded with the run. Repeatable.")]
    public string[] Tags { get; init; } = [];

    public override ValidationResult Validate()
    {
        var layered = base.Validate();
        if (!layered.Successful)
        {
            return layered;
        }

        if (Repeat is < 1 or > 1000)
        {
            return ValidationResult.Error("--repeat must be between 1 and 1000.");
        }

        if (Shard is not null && Harness.Runs.ShardSpec.TryParse(Shard, out var problem) is null)
        {
            return ValidationResult.Error(problem!);
        }

        if (RunId is not null && !System.Text.RegularExpressions.Regex.IsMatch(RunId, "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"))
        {
            return ValidationResult.Error($"--run-id must be 1-100 letters, digits, '.', '_' or '-' (starting with a letter or digit), not '{RunId}'.");
        }

        if (Resume is not null && RunId is not null)
        {
            return ValidationResult.Error("--resume continues a run under its own id; leave out --run-id.");
        }

        if (Resume is not null && (Shard is not null || Repeat != 1))
        {
            return ValidationResult.Error("--resume continues a run with its own --repeat and --shard; leave those out.");
        }

        return ValidationResult.Success();
    }
}
