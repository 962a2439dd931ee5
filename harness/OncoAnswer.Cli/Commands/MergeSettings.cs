using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer merge</c>.</summary>
internal sealed class MergeSettings : CliSettings
{
    [CommandArgument(0, "<RUN>")]
    [Description("The shard runs: run ids or results.json files.")]
    public string[] Runs { get; init; } = [];

    [CommandOption("--store <PATH>")]
    [Description("Run store (a SQLite file or a PostgreSQL address): reads run ids from it and stores the merged run. Env ONCOANSWER_STORE. Default: .oncoanswer/runs.db.")]
    public string? Store { get; init; }

    [CommandOption("-o|--out <PATH>")]
    [Description("Output, repeatable; format by extension (.json, .html, .xml JUnit, .csv, .md); a path without an extension is a folder (another extension is refused). Default: out.")]
    public string[] Out { get; init; } = [];

    [CommandOption("--gate <FILE>")]
    [Description("Gate config (YAML) applied to the merged run.")]
    public string? Gate { get; init; }

    [CommandOption("--baseline <RUN>")]
    [Description("Compare the merged run with a run id, 'latest' or a results.json.")]
    public string? Baseline { get; init; }
}
