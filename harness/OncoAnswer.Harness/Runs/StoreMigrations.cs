namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The run store's schema, as ordered migrations. A database records the version it has in
/// <c>PRAGMA user_version</c>; opening it applies the missing steps in one transaction. Append steps, never edit them.
/// </summary>
internal static class StoreMigrations
{
    /// <summary>Step i (0-based) takes the schema from version i to version i + 1.</summary>
    public static readonly IReadOnlyList<string> Steps =
    [
        // 1: runs and results.
        """
        CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            planned INTEGER NOT NULL,
            cancelled INTEGER NOT NULL DEFAULT 0,
            record_json TEXT NOT NULL);
        CREATE TABLE results (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            scenario_id TEXT NOT NULL,
            suite TEXT NOT NULL,
            category TEXT NOT NULL,
            generator TEXT NOT NULL,
            attempt INTEGER NOT NULL DEFAULT 1,
            verdict TEXT NOT NULL,
            conversation_json TEXT NOT NULL,
            answer TEXT,
            error TEXT,
            metrics_json TEXT NOT NULL);
        CREATE UNIQUE INDEX ux_results_key ON results(run_id, scenario_id, generator, attempt);
        """,

        // 2: audit columns worth querying, variants, plan position, latency and tokens.
        """
        ALTER TABLE runs ADD COLUMN suite_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE runs ADD COLUMN git_commit TEXT;
        ALTER TABLE runs ADD COLUMN user_name TEXT;
        ALTER TABLE results ADD COLUMN variant TEXT NOT NULL DEFAULT '';
        ALTER TABLE results ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE results ADD COLUMN latency_ms INTEGER;
        ALTER TABLE results ADD COLUMN input_tokens INTEGER;
        ALTER TABLE results ADD COLUMN output_tokens INTEGER;
        DROP INDEX ux_results_key;
        CREATE UNIQUE INDEX ux_results_key ON results(run_id, scenario_id, variant, generator, attempt);
        CREATE INDEX ix_results_order ON results(run_id, position);
        CREATE INDEX ix_runs_started ON runs(started_at);
        """,

        // 3: total tokens, cache hits, and the scenario's tags, patient and expectations (as results JSON has them).
        """
        ALTER TABLE results ADD COLUMN total_tokens INTEGER;
        ALTER TABLE results ADD COLUMN cached INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE results ADD COLUMN scenario_json TEXT NOT NULL DEFAULT '{}';
        """,

        // 4: the per-run lock (owner, host, pid, heartbeat), shared with the PostgreSQL store.
        RunLockTable.Schema,
    ];

    /// <summary>The schema version this harness writes.</summary>
    public static int Latest => Steps.Count;
}
