using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Flags of <c>oncoanswer calibrate</c> (the judge flags come from <see cref="JudgeSettings"/>).</summary>
internal sealed class CalibrateSettings : JudgeSettings
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
}
