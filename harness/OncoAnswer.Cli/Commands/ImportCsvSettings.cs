using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer import csv</c>.</summary>
internal sealed partial class ImportCsvSettings : CliSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The CSV file to import (columns: see README).")]
    public string File { get; init; } = "";

    [CommandOption("--suite <NAME>")]
    [Description("Name of the suite to write. When the CSV has a 'suite' column, only its rows of that suite are imported.")]
    public string? Suite { get; init; }

    [CommandOption("-o|--out <PATH>")]
    [Description("Where to write the YAML suite. Default: NAME.yaml in the current folder.")]
    public string? Out { get; init; }

    [CommandOption("--category <NAME>")]
    [Description("Suite category. Default: the most common category of the rows.")]
    public string? Category { get; init; }

    [CommandOption("-g|--guidelines <PATH>")]
    [Description("Knowledge base the statement ids are checked against. Default: scenarios/guidelines.")]
    public string? Guidelines { get; init; }

    [CommandOption("--force")]
    [Description("Overwrite the output file if it exists.")]
    public bool Force { get; init; }

    // A suite name becomes a file name (NAME.yaml when --out is not given): no folders, no '..', no hidden files.
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Suite)
            ? ValidationResult.Error("--suite NAME is required: it names the suite the rows are written to.")
            : Suite.Length > 100 || !SuiteName().IsMatch(Suite) || Suite.Contains("..", StringComparison.Ordinal)
                ? ValidationResult.Error("--suite NAME must be a plain suite name, not a path: use letters, digits, '.', '_' and '-' (starting with a letter or digit, no '..', at most 100 characters), e.g. 'imported-questions'.")
                : ValidationResult.Success();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SuiteName();
}
