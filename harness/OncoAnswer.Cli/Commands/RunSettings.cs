using System.ComponentModel;
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

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for results.json and report.html. Default: out.")]
    public string Out { get; init; } = "out";

    [CommandOption("-c|--concurrency <N>")]
    [Description("Scenarios in flight at once. Default: 8.")]
    [DefaultValue(Harness.Runs.RunnerOptions.DefaultConcurrency)]
    public int Concurrency { get; init; } = Harness.Runs.RunnerOptions.DefaultConcurrency;

    [CommandOption("--variants")]
    [Description("Also run the adversarial variants the suites declare (ids parent~kind-N; replayed answers are keyed by those ids).")]
    public bool Variants { get; init; }

    [CommandOption("--debug")]
    [Description("Show full exception details.")]
    public bool Debug { get; init; }

    public override ValidationResult Validate() =>
        Concurrency is < 1 or > 1024
            ? ValidationResult.Error("--concurrency must be between 1 and 1024.")
            : ValidationResult.Success();
}
