using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The embedded run store: one SQLite file in WAL mode, so readers (another <c>oncoanswer</c>, a dashboard, sqlite3)
/// can query it while a run writes. Each result is committed on its own as it finishes; a killed process loses only
/// results still in flight. Opening a database of an older schema version migrates it (<see cref="StoreMigrations"/>).
/// </summary>
public sealed class SqliteRunStore : IRunStore
{
    private readonly SqliteConnection connection;
    private readonly string connectionString;
    private readonly Lock gate = new();
    private readonly RunLockTable locks;

    private SqliteRunStore(string path)
    {
        Location = path;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
        connection = new SqliteConnection(connectionString);
        connection.Open();
        locks = new RunLockTable(Connect, path, TimeProvider.System);
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Opens (creating or migrating when needed) the store at <paramref name="path"/>.</summary>
    public static SqliteRunStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        SqliteRunStore? store = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            store = new SqliteRunStore(full);
            store.Prepare();
            return store;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            // Found before any generator is called: a store that cannot be opened is an input error naming the path.
            store?.Dispose();
            var what = ex is SqliteException { SqliteErrorCode: 26 or 11 } ? "is not an OncoAnswer run store (not a SQLite database)" : "cannot be opened as the run store";
            throw new InputException(new SourceLocation(full, 0, 0), $"{what}: {ex.Message} Give another --store path.");
        }
        catch
        {
            store?.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion
    {
        get
        {
            lock (gate)
            {
                return Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            }
        }
    }

    /// <inheritdoc/>
    public void BeginRun(RunRecord record, int planned)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (gate)
        {
            Execute(
                "INSERT INTO runs (id, started_at, finished_at, planned, cancelled, record_json, suite_hash, git_commit, user_name) " +
                "VALUES ($id, $started, NULL, $planned, 0, $record, $hash, $git, $user);",
                ("$id", record.Id), ("$started", ResultCodec.Time(record.StartedAt)), ("$planned", planned), ("$record", RecordJson(record)),
                ("$hash", record.SuiteHash), ("$git", record.GitCommit), ("$user", record.User));
        }
    }

    /// <inheritdoc/>
    public StoredRun JoinRun(RunRecord record, int planned)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (gate)
        {
            Execute(
                "INSERT INTO runs (id, started_at, finished_at, planned, cancelled, record_json, suite_hash, git_commit, user_name) " +
                "VALUES ($id, $started, NULL, $planned, 0, $record, $hash, $git, $user) ON CONFLICT (id) DO NOTHING;",
                ("$id", record.Id), ("$started", ResultCodec.Time(record.StartedAt)), ("$planned", planned), ("$record", RecordJson(record)),
                ("$hash", record.SuiteHash), ("$git", record.GitCommit), ("$user", record.User));
        }

        return FindRun(record.Id)!;
    }

    /// <inheritdoc/>
    public void Append(string runId, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        AppendMany(runId, [result]);
    }

    /// <inheritdoc/>
    public void AppendMany(string runId, IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Select(result => (result, Conversation: ResultCodec.ToJson(w => ResultCodec.WriteTurns(w, result.Turns)),
            Metrics: ResultCodec.ToJson(w => ResultCodec.WriteMetrics(w, result.Metrics)),
            Facts: ResultCodec.ToJson(w =>
            {
                w.WriteStartObject();
                ResultCodec.WriteScenarioFacts(w, result);
                w.WriteEndObject();
            }))).ToList();
        lock (gate)
        {
            // One transaction for the batch: one commit instead of one per result.
            using var transaction = connection.BeginTransaction();
            foreach (var (result, conversation, metrics, facts) in rows)
            {
                Execute(
                    transaction,
                    "INSERT INTO results (run_id, scenario_id, suite, category, generator, attempt, verdict, conversation_json, answer, error, metrics_json, variant, position, latency_ms, input_tokens, output_tokens, total_tokens, cached, scenario_json) " +
                    "VALUES ($run, $scenario, $suite, $category, $generator, $attempt, $verdict, $conversation, $answer, $error, $metrics, $variant, $position, $latency, $input, $output, $total, $cached, $facts);",
                    ("$run", runId), ("$scenario", result.ScenarioId), ("$suite", result.Suite), ("$category", result.Category), ("$generator", result.Generator),
                    ("$attempt", result.Attempt), ("$verdict", ResultCodec.VerdictName(result.Verdict)), ("$conversation", conversation), ("$answer", result.Answer),
                    ("$error", result.Error), ("$metrics", metrics), ("$variant", result.Variant), ("$position", result.Position), ("$latency", result.LatencyMs),
                    ("$input", result.InputTokens), ("$output", result.OutputTokens), ("$total", result.TotalTokens), ("$cached", result.Cached ? 1 : 0), ("$facts", facts));
            }

            transaction.Commit();
        }
    }

    /// <inheritdoc/>
    public void FinishRun(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (gate)
        {
            Execute(
                "UPDATE runs SET finished_at = $finished, cancelled = $cancelled, record_json = $record WHERE id = $id;",
                ("$id", record.Id), ("$finished", ResultCodec.Time(record.FinishedAt)), ("$cancelled", record.Cancelled ? 1 : 0), ("$record", RecordJson(record)));
        }
    }

    /// <inheritdoc/>
    public StoredRun? FindRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return QueryRuns("WHERE r.id = $id", ("$id", runId)).SingleOrDefault();
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredRun> ListRuns() => QueryRuns("");

    /// <inheritdoc/>
    public IEnumerable<ScenarioResult> ReadResults(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);

        // Its own connection: a reader never waits for, or blocks, the writer (WAL).
        using var reader = new SqliteConnection(connectionString);
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText =
            "SELECT scenario_id, suite, category, generator, verdict, conversation_json, answer, error, metrics_json, attempt, position, variant, latency_ms, input_tokens, output_tokens, total_tokens, cached, scenario_json " +
            "FROM results WHERE run_id = $run ORDER BY position, generator, variant, attempt, seq;";
        command.Parameters.AddWithValue("$run", runId);
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            using var turns = JsonDocument.Parse(rows.GetString(5));
            using var metrics = JsonDocument.Parse(rows.GetString(8));
            using var facts = JsonDocument.Parse(rows.GetString(17));
            var (tags, patient, expect) = ResultCodec.ReadScenarioFacts(facts.RootElement);
            yield return new ScenarioResult(
                rows.GetString(0),
                rows.GetString(1),
                rows.GetString(2),
                tags,
                patient,
                expect,
                rows.GetString(3),
                ResultCodec.ParseVerdict(rows.GetString(4)),
                ResultCodec.ReadTurns(turns.RootElement),
                rows.IsDBNull(6) ? null : rows.GetString(6),
                rows.IsDBNull(7) ? null : rows.GetString(7),
                ResultCodec.ReadMetrics(metrics.RootElement))
            {
                Attempt = rows.GetInt32(9),
                Position = rows.GetInt32(10),
                Variant = rows.GetString(11),
                LatencyMs = rows.IsDBNull(12) ? null : rows.GetInt64(12),
                InputTokens = rows.IsDBNull(13) ? null : rows.GetInt64(13),
                OutputTokens = rows.IsDBNull(14) ? null : rows.GetInt64(14),
                TotalTokens = rows.IsDBNull(15) ? null : rows.GetInt64(15),
                Cached = rows.GetInt64(16) != 0,
            };
        }
    }

    /// <inheritdoc/>
    public VerdictCounts CountVerdicts(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        using var reader = new SqliteConnection(connectionString);
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText = "SELECT verdict, COUNT(*) FROM results WHERE run_id = $run GROUP BY verdict;";
        command.Parameters.AddWithValue("$run", runId);
        int passed = 0, failed = 0, errors = 0, reviews = 0;
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var count = rows.GetInt32(1);
            switch (ResultCodec.ParseVerdict(rows.GetString(0)))
            {
                case Verdict.Pass: passed += count; break;
                case Verdict.Fail: failed += count; break;
                case Verdict.Review: reviews += count; break;
                default: errors += count; break;
            }
        }

        return new VerdictCounts(passed, failed, errors, reviews);
    }

    /// <inheritdoc/>
    public bool DeleteRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        lock (gate)
        {
            Execute("DELETE FROM results WHERE run_id = $id;", ("$id", runId));
            Execute("DELETE FROM run_locks WHERE run_id = $id;", ("$id", runId));
            return Execute("DELETE FROM runs WHERE id = $id;", ("$id", runId)) > 0;
        }
    }

    /// <inheritdoc/>
    public IDisposable LockRun(string runId, string part = "") => locks.Acquire(runId, part);

    /// <inheritdoc/>
    public IReadOnlyList<RunLockHolder> LockHolders(string runId) => locks.LiveHolders(runId);

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private SqliteConnection Connect()
    {
        var opened = new SqliteConnection(connectionString);
        opened.Open();
        return opened;
    }

    private void Prepare()
    {
        Execute("PRAGMA journal_mode = WAL;");

        // NORMAL is durable against a crashed or killed process in WAL mode (only power loss can drop the last commits).
        Execute("PRAGMA synchronous = NORMAL;");
        Execute("PRAGMA foreign_keys = ON;");
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version > StoreMigrations.Latest)
        {
            throw new InputException(new SourceLocation(Location, 0, 0), $"the run store has schema version {version}, newer than this oncoanswer knows ({StoreMigrations.Latest}); upgrade oncoanswer or use another --store.");
        }

        if (version == StoreMigrations.Latest)
        {
            return;
        }

        // Another process (a shard sharing this store) may be creating or migrating it at the same moment: take the
        // write lock first (BEGIN IMMEDIATE) and read the version again under it, so only one of them migrates.
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var current = connection.CreateCommand())
        {
            current.Transaction = transaction;
            current.CommandText = "PRAGMA user_version;";
            version = Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        for (var step = version; step < StoreMigrations.Latest; step++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = StoreMigrations.Steps[step] + string.Create(CultureInfo.InvariantCulture, $"\nPRAGMA user_version = {step + 1};");
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private List<StoredRun> QueryRuns(string where, params (string Name, object? Value)[] parameters)
    {
        using var reader = new SqliteConnection(connectionString);
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText =
            "SELECT r.record_json, r.planned, r.finished_at IS NOT NULL, r.cancelled, (SELECT COUNT(*) FROM results s WHERE s.run_id = r.id) " +
            $"FROM runs r {where} ORDER BY r.started_at DESC, r.id DESC;";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var runs = new List<StoredRun>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            using var json = JsonDocument.Parse(rows.GetString(0));
            var record = RunRecordCodec.Read(json.RootElement) with { Cancelled = rows.GetBoolean(3) };
            runs.Add(new StoredRun(record, rows.GetInt32(1), rows.GetInt32(4), rows.GetBoolean(2)));
        }

        return runs;
    }

    private static string RecordJson(RunRecord record) =>
        ResultCodec.ToJson(w =>
        {
            w.WriteStartObject();
            RunRecordCodec.WriteFields(w, record);
            w.WriteEndObject();
        });

    private int Execute(string sql, params (string Name, object? Value)[] parameters) => Execute(null, sql, parameters);

    private int Execute(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection on, string sql)
    {
        using var command = on.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
