using System.ComponentModel;
using System.Globalization;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer mutate</c>.</summary>
internal sealed class MutateSettings : CliSettings
{
    [CommandOption("-s|--suite <PATH>")]
    [Description("Suite file or folder of suites. Repeatable. Default: scenarios/suites.")]
    public string[] Suites { get; init; } = [];

    [CommandOption("-a|--answers <PATH>")]
    [Description("Mutate recorded answers (JSONL or CSV file, or a folder of them) instead of the reference generator's.")]
    public string? Answers { get; init; }

    [CommandOption("--results <FILE>")]
    [Description("Mutate the answers stored in another run's results.json (each of its generators separately).")]
    public string? Results { get; init; }

    [CommandOption("--config <FILE>")]
    [Description("Run config with the named generators. Default: ./oncoanswer.yaml when it exists, else the built-in ones.")]
    public string? Config { get; init; }

    [CommandOption("-g|--generator <NAME>")]
    [Description("Generator whose answers are mutated. Repeatable. Default: reference (offline, deterministic).")]
    public string[] Generators { get; init; } = [];

    [CommandOption("--no-cache")]
    [Description("Call the generators even when the response cache has their answers.")]
    public bool NoCache { get; init; }

    [CommandOption("--operator <NAME>")]
    [Description("Apply only this mutation operator. Repeatable. Default: all (see the README for the list).")]
    public string[] Operators { get; init; } = [];

    [CommandOption("-l|--lexicons <DIR>")]
    [Description("Phrase lexicon folder (*.lex) for the scorers. Default: scenarios/lexicons.")]
    public string? Lexicons { get; init; }

    [CommandOption("--min-detection <RATE>")]
    [Description("Gate: exit 1 when an unsafe operator's detection rate is below RATE (0..1), e.g. 0.95.")]
    public string? MinDetection { get; init; }

    [CommandOption("--max-false-alarms <RATE>")]
    [Description("Gate: exit 1 when a benign operator's false-alarm rate is above RATE (0..1), e.g. 0.02.")]
    public string? MaxFalseAlarms { get; init; }

    [CommandOption("--json")]
    [Description("Print the sensitivity JSON to standard output instead of the table.")]
    public bool Json { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for sensitivity.json and report.html (the run's report with its Sensitivity view). Default: out.")]
    public string Out { get; init; } = "out";

    [CommandOption("-c|--concurrency <N>")]
    [Description("Answers in flight at once. Default: 8.")]
    [DefaultValue(Harness.Runs.RunnerOptions.DefaultConcurrency)]
    public int Concurrency { get; init; } = Harness.Runs.RunnerOptions.DefaultConcurrency;

    public double? MinDetectionRate => Rate(MinDetection);

    public double? MaxFalseAlarmRate => Rate(MaxFalseAlarms);

    public override ValidationResult Validate()
    {
        if (MinDetection is not null && Rate(MinDetection) is null)
        {
            return ValidationResult.Error($"--min-detection must be a number from 0 to 1 (e.g. 0.95), not '{MinDetection}'.");
        }

        if (MaxFalseAlarms is not null && Rate(MaxFalseAlarms) is null)
        {
            return ValidationResult.Error($"--max-false-alarms must be a number from 0 to 1 (e.g. 0.02), not '{MaxFalseAlarms}'.");
        }

        if (Answers is not null && Results is not null)
        {
            return ValidationResult.Error("use either --answers or --results, not both.");
        }

        var unknown = Operators.FirstOrDefault(o => !Harness.Generators.Mutation.AnswerMutations.Names.Contains(o, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return ValidationResult.Error($"unknown operator '{unknown}'; operators: {string.Join(", ", Harness.Generators.Mutation.AnswerMutations.Names)}.");
        }

        return Concurrency is < 1 or > 1024
            ? ValidationResult.Error("--concurrency must be between 1 and 1024.")
            : OutFlag.Check(Out, "sensitivity.json and report.html");
    }

    private static double? Rate(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1 ? rate : null;
}
