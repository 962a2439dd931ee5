using System.ComponentModel;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer kb import</c>.</summary>
internal sealed class KbImportSettings : CliSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("CSV of statements: id, kind, text, source_title, source_year, source_section, strength, scope, review_by, tags, key_terms, synonyms (lists separated by ';').")]
    public string File { get; init; } = "";

    [CommandOption("-o|--out <PATH>")]
    [Description("Where to write the knowledge-base YAML. Default: scenarios/guidelines/FILE.yaml.")]
    public string? Out { get; init; }

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge base the new ids must not clash with. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }

    [CommandOption("--force")]
    [Description("Overwrite the output file if it exists.")]
    public bool Force { get; init; }
}

/// <summary>Arguments of <c>oncoanswer kb export</c>.</summary>
internal sealed class KbExportSettings : CliSettings
{
    [CommandOption("-o|--out <PATH>")]
    [Description("Where to write the CSV. Default: statements.csv.")]
    public string? Out { get; init; }

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge base to export. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }
}
