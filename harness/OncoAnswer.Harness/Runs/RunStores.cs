namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Opens the run store a <c>--store</c> value, <c>ONCOANSWER_STORE</c> or <c>store:</c> names: a PostgreSQL address
/// (<c>postgres://…</c> or an Npgsql connection string, see <see cref="PostgresAddress"/>) or else a SQLite file path.
/// </summary>
public static class RunStores
{
    /// <summary>Opens (creating or migrating when needed) the store <paramref name="spec"/> names.</summary>
    public static IRunStore Open(string spec, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        return PostgresAddress.IsPostgres(spec) ? PostgresRunStore.Open(spec, environment) : SqliteRunStore.Open(spec);
    }
}
