namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The PostgreSQL run store's schema, as ordered migrations recorded in the <c>oncoanswer_schema</c> version table (one
/// row per applied version). Opening the store applies the missing steps in one transaction under an advisory lock, so
/// several CI jobs opening a new database at once migrate it exactly once. Append steps, never edit them.
/// Text columns sort with <c>COLLATE "C"</c> in queries so the order is the same as SQLite's byte order.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Step i (0-based) takes the schema from version i to version i + 1.</summary>
    public static readonly IReadOnlyList<string> Steps =
    [
        // 1: runs, results (answers and errors holding U+0000, which PostgreSQL text cannot, are stored escaped) and the per-run lock.
        """
        CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            planned INTEGER NOT NULL,
            cancelled BOOLEAN NOT NULL DEFAULT FALSE,
            record_json TEXT NOT NULL,
            suite_hash TEXT NOT NULL DEFAULT '',
            git_commit TEXT,
            user_name TEXT);
        CREATE INDEX ix_runs_started ON runs (started_at);
        CREATE TABLE results (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            scenario_id TEXT NOT NULL,
            suite TEXT NOT NULL,
            category TEXT NOT NULL,
            generator TEXT NOT NULL,
            attempt INTEGER NOT NULL DEFAULT 1,
            verdict TEXT NOT NULL,
            conversation_json TEXT NOT NULL,
            answer TEXT,
            error TEXT,
            metrics_json TEXT NOT NULL,
            variant TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            latency_ms BIGINT,
            input_tokens BIGINT,
            output_tokens BIGINT,
            total_tokens BIGINT,
            cached BOOLEAN NOT NULL DEFAULT FALSE,
            scenario_json TEXT NOT NULL DEFAULT '{}',
            escaped BOOLEAN NOT NULL DEFAULT FALSE);
        CREATE UNIQUE INDEX ux_results_key ON results (run_id, scenario_id, variant, generator, attempt);
        CREATE INDEX ix_results_order ON results (run_id, position);
        """ + RunLockTable.Schema,
    ];

    /// <summary>The schema version this harness writes.</summary>
    public static int Latest => Steps.Count;
}
