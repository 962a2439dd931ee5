using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer score</c>.</summary>
internal sealed class ScoreSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Answers to score: JSONL (one {\"id\", \"question\" or \"messages\", \"answer\", \"scenario\"?, \"expect\"?} per line) or CSV with the same columns.")]
    public string File { get; init; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Where to write the results JSON. Default: out/score-results.json.")]
    public string Out { get; init; } = Path.Combine("out", "score-results.json");

    [CommandOption("-f|--format <FORMAT>")]
    [Description("jsonl or csv. Default: from the file extension (.csv is CSV, anything else JSONL).")]
    public string? Format { get; init; }

    [CommandOption("-s|--suite <PATH>")]
    [Description("Scenario library for \"scenario\" ids (file or folder). Repeatable. Default: scenarios/suites.")]
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

    [CommandOption("--judge-endpoint <URL>")]
    [Description("OpenAI-compatible endpoint of an LLM judge for statement verdicts and rubric criteria without a match. Off by default.")]
    public string? JudgeEndpoint { get; init; }

    [CommandOption("--judge-model <MODEL>")]
    [Description("Model id for the judge (required with --judge-endpoint).")]
    public string? JudgeModel { get; init; }

    [CommandOption("--judge-key-env <VAR>")]
    [Description("Environment variable holding the judge's API key.")]
    public string? JudgeKeyEnv { get; init; }

    [CommandOption("--judge-cache <DIR>")]
    [Description("Folder for cached judge replies (a re-run makes no call). Default: .oncoanswer/judge-cache.")]
    public string? JudgeCache { get; init; }

    [CommandOption("--debug")]
    [Description("Show full exception details.")]
    public bool Debug { get; init; }

    public Harness.Evaluators.LlmJudge? Judge() => JudgeFlags.Create(JudgeEndpoint, JudgeModel, JudgeKeyEnv, JudgeCache);

    public override ValidationResult Validate()
    {
        if (Format is not (null or "jsonl" or "csv"))
        {
            return ValidationResult.Error("--format must be jsonl or csv.");
        }

        if (JudgeFlags.Validate(JudgeEndpoint, JudgeModel) is { Successful: false } judge)
        {
            return judge;
        }

        return Concurrency is < 1 or > 1024
            ? ValidationResult.Error("--concurrency must be between 1 and 1024.")
            : ValidationResult.Success();
    }
}
