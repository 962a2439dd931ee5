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
    [Description("Recorded answers replayed as the generator: a JSONL file or a folder of them. Default: scenarios/answers.")]
    public string? Answers { get; init; }

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
