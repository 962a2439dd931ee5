using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer calibrate</c>.</summary>
internal sealed class CalibrateSettings : CommandSettings
{
    [CommandArgument(0, "<LABELS>")]
    [Description("Labelled rows, JSONL or CSV: id?, question?, answer, statement (id or text) or metric (id), label (entailed|neutral|contradicted, or true|false for a metric).")]
    public string File { get; init; } = "";

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge base (file or folder of *.yaml) for statement ids. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }

    [CommandOption("-l|--lexicons <DIR>")]
    [Description("Phrase lexicon folder (*.lex). Default: scenarios/lexicons.")]
    public string? Lexicons { get; init; }

    [CommandOption("--judge-endpoint <URL>")]
    [Description("OpenAI-compatible endpoint of an LLM judge to measure next to the deterministic scorers. Off by default.")]
    public string? JudgeEndpoint { get; init; }

    [CommandOption("--judge-model <MODEL>")]
    [Description("Model id for the judge (required with --judge-endpoint).")]
    public string? JudgeModel { get; init; }

    [CommandOption("--judge-key-env <VAR>")]
    [Description("Environment variable holding the judge's API key.")]
    public string? JudgeKeyEnv { get; init; }

    [CommandOption("--judge-cache <DIR>")]
    [Description("Folder for cached judge replies. Default: .oncoanswer/judge-cache.")]
    public string? JudgeCache { get; init; }

    [CommandOption("--debug")]
    [Description("Show full exception details.")]
    public bool Debug { get; init; }

    public Harness.Evaluators.LlmJudge? Judge() => JudgeFlags.Create(JudgeEndpoint, JudgeModel, JudgeKeyEnv, JudgeCache);

    public override ValidationResult Validate() => JudgeFlags.Validate(JudgeEndpoint, JudgeModel);
}
