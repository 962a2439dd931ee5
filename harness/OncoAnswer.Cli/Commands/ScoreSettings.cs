using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer score</c> (the judge flags come from <see cref="JudgeSettings"/>).</summary>
internal sealed class ScoreSettings : JudgeSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Answers to score: JSONL (one {\"id\", \"question\" or \"messages\", \"answer\", \"scenarioId\"?, \"expect\"?, \"finishReason\"?} per line; id defaults to scenarioId) or CSV with the same columns. Older spellings scenario, finish_reason, expect.request are accepted.")]
    public string File { get; init; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Where to write the results JSON. Default: out/score-results.json.")]
    public string Out { get; init; } = Path.Combine("out", "score-results.json");

    [CommandOption("-f|--format <FORMAT>")]
    [Description("jsonl or csv. Default: from the file extension (.csv is CSV, anything else JSONL).")]
    public string? Format { get; init; }

    [CommandOption("-s|--suite <PATH>")]
    [Description("Scenario library for \"scenarioId\" references (file or folder; 'bundled' is the library shipped with the tool). Repeatable. Default: scenarios/suites.")]
    public string[] Suites { get; init; } = [];

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge base (file or folder of *.yaml) for statement ids. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }

    [CommandOption("-l|--lexicons <DIR>")]
    [Description("Phrase lexicon folder (*.lex). Default: scenarios/lexicons.")]
    public string? Lexicons { get; init; }

    [CommandOption("-c|--concurrency <N>")]
    [Description("Answers scored at once. Default: 8.")]
    [DefaultValue(Harness.Runs.RunnerOptions.DefaultConcurrency)]
    public int Concurrency { get; init; } = Harness.Runs.RunnerOptions.DefaultConcurrency;

    public override ValidationResult Validate()
    {
        if (Format is not (null or "jsonl" or "csv"))
        {
            return ValidationResult.Error("--format must be jsonl or csv.");
        }

        if (base.Validate() is { Successful: false } judge)
        {
            return judge;
        }

        if (OutFlag.Check(Out, "results JSON", ".json") is { Successful: false } output)
        {
            return output;
        }

        return Concurrency is < 1 or > 1024
            ? ValidationResult.Error("--concurrency must be between 1 and 1024.")
            : ValidationResult.Success();
    }
}
