using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>Where the run store lives unless <c>--store</c> or <c>ONCOANSWER_STORE</c> says otherwise (git-ignored).</summary>
internal static class StoreDefaults
{
    public const string Path = ".oncoanswer/runs.db";

    /// <summary>The help text of every <c>--store</c> flag.</summary>
    public const string Help = "Run store: a SQLite file, or a PostgreSQL address (postgres://user@host:5432/db or Host=…;Database=…; password from PGPASSWORD or ${VAR}). Env ONCOANSWER_STORE. Default: .oncoanswer/runs.db.";

    /// <summary>Opens the store the flag names, else <c>ONCOANSWER_STORE</c>, else the default file.</summary>
    public static IRunStore Open(string? flag, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var spec = flag ?? (environment.Get("ONCOANSWER_STORE") is { Length: > 0 } env && !string.IsNullOrWhiteSpace(env) ? env.Trim() : Path);
        return RunStores.Open(spec, environment.Get);
    }
}
