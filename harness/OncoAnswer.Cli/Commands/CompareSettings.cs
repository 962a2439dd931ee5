using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Arguments of <c>oncoanswer compare</c>.</summary>
internal sealed class CompareSettings : CliSettings
{
    [CommandArgument(0, "<BASE>")]
    [Description("The baseline: a run id, 'latest' or a results.json.")]
    public string Base { get; init; } = "";

    [CommandArgument(1, "<CANDIDATE>")]
    [Description("The candidate: a run id, 'latest' or a results.json.")]
    public string Candidate { get; init; } = "";

    [CommandOption("--store <PATH>")]
    [Description("Run store holding the run ids (a SQLite file or a PostgreSQL address). Env ONCOANSWER_STORE. Default: .oncoanswer/runs.db.")]
    public string? Store { get; init; }

    [CommandOption("--all")]
    [Description("Also list unchanged scenarios and every metric change.")]
    public bool All { get; init; }
}
