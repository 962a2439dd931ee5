using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// The flags that are also run defaults: each may be set in oncoanswer.yaml or as an ONCOANSWER_* environment
/// variable; a flag wins over both (<c>oncoanswer config show</c> says which layer each value came from).
/// Nullable so an absent flag can be told from a given one.
/// </summary>
internal class LayeredSettings : JudgeSettings
{
    [CommandOption("--config <FILE>")]
    [Description("Run config (generators and run defaults). Env ONCOANSWER_CONFIG. Default: ./oncoanswer.yaml when it exists, else the built-in 'reference' (offline) and 'recorded' (bundled answers).")]
    public string? Config { get; init; }

    [CommandOption("-s|--suite <PATH>")]
    [Description("Suite file or folder of suites. Repeatable. The reserved name 'bundled' is the scenario library shipped with the tool. Config 'suites', env ONCOANSWER_SUITES (comma-separated). Default: scenarios/suites of the project in the working directory (run stops with exit 64 outside a project).")]
    public string[] Suites { get; init; } = [];

    [CommandOption("-g|--generator <NAME>")]
    [Description("Generator to run, by its name in the config. Repeatable. Config 'run', env ONCOANSWER_GENERATORS. Default: all configured generators; built in: reference.")]
    public string[] Generators { get; init; } = [];

    [CommandOption("-a|--answers <PATH>")]
    [Description("Shortcut for a replay generator named 'recorded': a JSONL or CSV file of recorded answers, or a folder of them. Runs only it unless --generator is given.")]
    public string? Answers { get; init; }

    [CommandOption("-o|--out <PATH>")]
    [Description("Output, repeatable; the format follows the extension: .json results, .html report, .xml JUnit, .csv, .md summary; a path without an extension is a folder for results.json and report.html (another extension is refused). Config 'out', env ONCOANSWER_OUT. Default: out.")]
    public string[] Out { get; init; } = [];

    [CommandOption("-c|--concurrency <N>")]
    [Description("Scenarios in flight at once (1-1024). Config 'concurrency', env ONCOANSWER_CONCURRENCY. Default: 8.")]
    public int? Concurrency { get; init; }

    [CommandOption("--store <PATH>")]
    [Description("Run store: a SQLite file or a PostgreSQL address (postgres://user@host/db or Host=…;Database=…; password from PGPASSWORD or ${VAR}). Config 'store', env ONCOANSWER_STORE. Default: .oncoanswer/runs.db.")]
    public string? Store { get; init; }

    [CommandOption("--gate <FILE>")]
    [Description("Gate config (YAML): metric thresholds per metric and category, regression rules. Config 'gate', env ONCOANSWER_GATE.")]
    public string? Gate { get; init; }

    [CommandOption("--baseline <RUN>")]
    [Description("Compare with an earlier run: a run id, 'latest', 'latest:TAG' (newest finished run tagged TAG) or a results.json; regressions fail the gate. Config 'baseline', env ONCOANSWER_BASELINE.")]
    public string? Baseline { get; init; }

    [CommandOption("--no-cache")]
    [Description("Call the generators even when the response cache has their answers. Config 'no_cache', env ONCOANSWER_NO_CACHE=true.")]
    public bool NoCache { get; init; }

    [CommandOption("--disclaimer <POLICY>")]
    [Description("Disclaimer policy for scenarios whose scenario and suite state none: required (both elements), consult (the referral only), not-advice (the not-medical-advice statement only) or optional. Config 'disclaimer', env ONCOANSWER_DISCLAIMER.")]
    public string? Disclaimer { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } judge
            ? judge
            : Concurrency is < 1 or > 1024
                ? ValidationResult.Error("--concurrency must be between 1 and 1024.")
                : Disclaimer is not null && DisclaimerPolicy.Parse(Disclaimer) is null
                    ? ValidationResult.Error($"--disclaimer must be one of {DisclaimerPolicy.OneOf}, not '{Disclaimer}'.")
                    : ValidationResult.Success();
}
