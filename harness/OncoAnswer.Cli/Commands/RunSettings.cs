using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer run</c>.</summary>
internal sealed class RunSettings : CommandSettings
{
    [CommandOption("-s|--suite <PATH>")]
    [Description("Suite file or folder of suites. Repeatable. Default: scenarios/suites.")]
    public string[] Suites { get; init; } = [];

    [CommandOption("-a|--answers <PATH>")]
    [Description("Shortcut for a replay generator named 'recorded': a JSONL or CSV file of recorded answers, or a folder of them. Runs only it unless --generator is given.")]
    public string? Answers { get; init; }

    [CommandOption("--config <FILE>")]
    [Description("Run config with the named generators. Default: ./oncoanswer.yaml when it exists, else the built-in 'reference' (offline) and 'recorded' (bundled answers).")]
    public string? Config { get; init; }

    [CommandOption("-g|--generator <NAME>")]
    [Description("Generator to run, by its name in the config. Repeatable. Default: the config's 'run' list, else all configured generators; built in: reference.")]
    public string[] Generators { get; init; } = [];

    [CommandOption("--no-cache")]
    [Description("Call the generators even when the response cache has their answers.")]
    public bool NoCache { get; init; }

    [CommandOption("-o|--out <PATH>")]
    [Description("Output, repeatable; the format follows the extension: .json results, .html report, .xml JUnit, .csv, .md summary; anything else is a folder for results.json and report.html. Default: out.")]
    public string[] Out { get; init; } = [];

    [CommandOption("-c|--concurrency <N>")]
    [Description("Scenarios in flight at once. Default: 8.")]
    [DefaultValue(Harness.Runs.RunnerOptions.DefaultConcurrency)]
    public int Concurrency { get; init; } = Harness.Runs.RunnerOptions.DefaultConcurrency;

    [CommandOption("--variants")]
    [Description("Also run the adversarial variants the suites declare (ids parent~kind-N; replayed answers are keyed by those ids).")]
    public bool Variants { get; init; }

    [CommandOption("--store <PATH>")]
    [Description("SQLite run store. Default: .oncoanswer/runs.db in the working directory.")]
    public string Store { get; init; } = StoreDefaults.Path;

    [CommandOption("--resume <RUN_ID>")]
    [Description("Continue an interrupted run: finished scenarios are not generated again.")]
    public string? Resume { get; init; }

    [CommandOption("--repeat <N>")]
    [Description("Run each scenario N times and report per-scenario stability. Default: 1.")]
    [DefaultValue(1)]
    public int Repeat { get; init; } = 1;

    [CommandOption("--baseline <RUN>")]
    [Description("Compare with an earlier run: a run id, 'latest' or a results.json; regressions fail the gate.")]
    public string? Baseline { get; init; }

    [CommandOption("--gate <FILE>")]
    [Description("Gate config (YAML): metric thresholds per metric and category, regression rules.")]
    public string? Gate { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Run only shard I of N (stable by scenario id); combine shards with 'oncoanswer merge'.")]
    public string? Shard { get; init; }

    [CommandOption("--tag <TAG>")]
    [Description("Tag recorded with the run. Repeatable.")]
    public string[] Tags { get; init; } = [];

    [CommandOption("--debug")]
    [Description("Show full exception details.")]
    public bool Debug { get; init; }

    public override ValidationResult Validate()
    {
        if (Concurrency is < 1 or > 1024)
        {
            return ValidationResult.Error("--concurrency must be between 1 and 1024.");
        }

        if (Repeat is < 1 or > 1000)
        {
            return ValidationResult.Error("--repeat must be between 1 and 1000.");
        }

        if (Shard is not null && Harness.Runs.ShardSpec.TryParse(Shard, out var problem) is null)
        {
            return ValidationResult.Error(problem!);
        }

        return Resume is not null && (Shard is not null || Repeat != 1)
            ? ValidationResult.Error("--resume continues a run with its own --repeat and --shard; leave those out.")
            : ValidationResult.Success();
    }
}
