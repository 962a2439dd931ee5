using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The team run store: one PostgreSQL database shared by every CI runner, so history, <c>--baseline latest</c>,
/// <c>runs list</c> and resume see every run. Each call takes a pooled connection, so any number of processes and
/// threads write and read at once; results arrive in batches through binary <c>COPY</c>, one atomic statement per batch.
/// Opening the store migrates its schema (<see cref="PostgresMigrations"/>).
/// </summary>
public sealed class PostgresRunStore : IRunStore
{
    private const string ResultColumns =
        "scenario_id, suite, category, generator, verdict, conversation_json, answer, error, metrics_json, attempt, position, variant, latency_ms, input_tokens, output_tokens, total_tokens, cached, scenario_json, escaped";

    private readonly NpgsqlDataSource source;
    private readonly PostgresAddress address;
    private readonly RunLockTable locks;

    private PostgresRunStore(PostgresAddress address)
    {
        this.address = address;
        source = NpgsqlDataSource.Create(address.Builder.ConnectionString);
        locks = new RunLockTable(() => Connect(), address.Location, TimeProvider.System);
    }

    /// <inheritdoc/>
    public string Location => address.Location;

    /// <summary>The schema version of the database.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM oncoanswer_schema;"), CultureInfo.InvariantCulture);

    /// <summary>
    /// Opens the store <paramref name="spec"/> names (see <see cref="PostgresAddress"/>), migrating its schema when it is
    /// older. An unreachable server, a refused login or a schema newer than this harness is an <see cref="InputException"/> saying what to do.
    /// </summary>
    public static PostgresRunStore Open(string spec, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var store = new PostgresRunStore(PostgresAddress.Parse(spec, environment));
        try
        {
            store.Prepare();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void BeginRun(RunRecord record, int planned)
    {
        ArgumentNullException.ThrowIfNull(record);
        Execute(
            "INSERT INTO runs (id, started_at, finished_at, planned, cancelled, record_json, suite_hash, git_commit, user_name) VALUES (@id, @started, NULL, @planned, FALSE, @record, @hash, @git, @user);",
            ("@id", record.Id), ("@started", ResultCodec.Time(record.StartedAt)), ("@planned", planned), ("@record", RecordJson(record)),
            ("@hash", record.SuiteHash), ("@git", record.GitCommit), ("@user", record.User));
    }

    /// <inheritdoc/>
    public StoredRun JoinRun(RunRecord record, int planned)
    {
        ArgumentNullException.ThrowIfNull(record);
        Execute(
            "INSERT INTO runs (id, started_at, finished_at, planned, cancelled, record_json, suite_hash, git_commit, user_name) VALUES (@id, @started, NULL, @planned, FALSE, @record, @hash, @git, @user) ON CONFLICT (id) DO NOTHING;",
            ("@id", record.Id), ("@started", ResultCodec.Time(record.StartedAt)), ("@planned", planned), ("@record", RecordJson(record)),
            ("@hash", record.SuiteHash), ("@git", record.GitCommit), ("@user", record.User));
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
        if (results.Count == 0)
        {
            return;
        }

        using var connection = Connect();

        // One COPY per batch: a single atomic statement (all rows or none) and far fewer round trips than INSERTs.
        using var copy = connection.BeginBinaryImport($"COPY results (run_id, {ResultColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var result in results)
        {
            var escaped = NeedsEscape(result.Answer) || NeedsEscape(result.Error);
            copy.StartRow();
            copy.Write(runId, NpgsqlDbType.Text);
            copy.Write(result.ScenarioId, NpgsqlDbType.Text);
            copy.Write(result.Suite, NpgsqlDbType.Text);
            copy.Write(result.Category, NpgsqlDbType.Text);
            copy.Write(result.Generator, NpgsqlDbType.Text);
            copy.Write(ResultCodec.VerdictName(result.Verdict), NpgsqlDbType.Text);
            copy.Write(ResultCodec.ToJson(w => ResultCodec.WriteTurns(w, result.Turns)), NpgsqlDbType.Text);
            WriteText(copy, escaped ? Escape(result.Answer) : result.Answer);
            WriteText(copy, escaped ? Escape(result.Error) : result.Error);
            copy.Write(ResultCodec.ToJson(w => ResultCodec.WriteMetrics(w, result.Metrics)), NpgsqlDbType.Text);
            copy.Write(result.Attempt, NpgsqlDbType.Integer);
            copy.Write(result.Position, NpgsqlDbType.Integer);
            copy.Write(result.Variant, NpgsqlDbType.Text);
            WriteLong(copy, result.LatencyMs);
            WriteLong(copy, result.InputTokens);
            WriteLong(copy, result.OutputTokens);
            WriteLong(copy, result.TotalTokens);
            copy.Write(result.Cached, NpgsqlDbType.Boolean);
            copy.Write(
                ResultCodec.ToJson(w =>
                {
                    w.WriteStartObject();
                    ResultCodec.WriteScenarioFacts(w, result);
                    w.WriteEndObject();
                }),
                NpgsqlDbType.Text);
            copy.Write(escaped, NpgsqlDbType.Boolean);
        }

        copy.Complete();
    }

    /// <inheritdoc/>
    public void FinishRun(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Execute(
            "UPDATE runs SET finished_at = @finished, cancelled = @cancelled, record_json = @record WHERE id = @id;",
            ("@id", record.Id), ("@finished", ResultCodec.Time(record.FinishedAt)), ("@cancelled", record.Cancelled), ("@record", RecordJson(record)));
    }

    /// <inheritdoc/>
    public StoredRun? FindRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return QueryRuns("WHERE r.id = @id", ("@id", runId)).SingleOrDefault();
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredRun> ListRuns() => QueryRuns("");

    /// <inheritdoc/>
    public IEnumerable<ScenarioResult> ReadResults(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        using var connection = Connect();
        using var command = Command(connection,
            $"SELECT {ResultColumns} FROM results WHERE run_id = @run ORDER BY position, generator COLLATE \"C\", variant COLLATE \"C\", attempt, seq;", ("@run", runId));
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            using var turns = JsonDocument.Parse(rows.GetString(5));
            using var metrics = JsonDocument.Parse(rows.GetString(8));
            using var facts = JsonDocument.Parse(rows.GetString(17));
            var (tags, patient, expect) = ResultCodec.ReadScenarioFacts(facts.RootElement);
            var escaped = rows.GetBoolean(18);
            var answer = rows.IsDBNull(6) ? null : rows.GetString(6);
            var error = rows.IsDBNull(7) ? null : rows.GetString(7);
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
                escaped ? Unescape(answer) : answer,
                escaped ? Unescape(error) : error,
                ResultCodec.ReadMetrics(metrics.RootElement))
            {
                Attempt = rows.GetInt32(9),
                Position = rows.GetInt32(10),
                Variant = rows.GetString(11),
                LatencyMs = rows.IsDBNull(12) ? null : rows.GetInt64(12),
                InputTokens = rows.IsDBNull(13) ? null : rows.GetInt64(13),
                OutputTokens = rows.IsDBNull(14) ? null : rows.GetInt64(14),
                TotalTokens = rows.IsDBNull(15) ? null : rows.GetInt64(15),
                Cached = rows.GetBoolean(16),
            };
        }
    }

    /// <inheritdoc/>
    public VerdictCounts CountVerdicts(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        using var connection = Connect();
        using var command = Command(connection, "SELECT verdict, COUNT(*) FROM results WHERE run_id = @run GROUP BY verdict;", ("@run", runId));
        int passed = 0, failed = 0, errors = 0, reviews = 0;
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var count = (int)rows.GetInt64(1);
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
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var locksGone = Command(connection, "DELETE FROM run_locks WHERE run_id = @id;", ("@id", runId));
        locksGone.ExecuteNonQuery();
        using var runGone = Command(connection, "DELETE FROM runs WHERE id = @id;", ("@id", runId));
        var deleted = runGone.ExecuteNonQuery() > 0; // results go by ON DELETE CASCADE
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc/>
    public IDisposable LockRun(string runId, string part = "") => locks.Acquire(runId, part);

    /// <inheritdoc/>
    public IReadOnlyList<RunLockHolder> LockHolders(string runId) => locks.LiveHolders(runId);

    /// <inheritdoc/>
    public void Dispose() => source.Dispose();

    private void Prepare()
    {
        using var connection = Connect();
        var current = Version(connection);
        if (current > PostgresMigrations.Latest)
        {
            throw new InputException(new SourceLocation(Location, 0, 0), $"the run store has schema version {current}, newer than this oncoanswer knows ({PostgresMigrations.Latest}); upgrade oncoanswer (every job sharing the store needs the same or a newer version) or use another --store.");
        }

        if (current == PostgresMigrations.Latest)
        {
            return;
        }

        // Several jobs may open a new database at once: the transaction-scoped advisory lock lets one migrate while the
        // others wait, then they see the new version and do nothing.
        using var transaction = connection.BeginTransaction();
        using (var wait = Command(connection, "SELECT pg_advisory_xact_lock(7305215621990101);"))
        {
            wait.ExecuteNonQuery();
        }

        using (var table = Command(connection, "CREATE TABLE IF NOT EXISTS oncoanswer_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), harness TEXT NOT NULL);"))
        {
            table.ExecuteNonQuery();
        }

        for (var step = Version(connection); step < PostgresMigrations.Latest; step++)
        {
            using var migrate = Command(connection, PostgresMigrations.Steps[step]);
            migrate.ExecuteNonQuery();
            using var record = Command(connection, "INSERT INTO oncoanswer_schema (version, harness) VALUES (@version, @harness);", ("@version", step + 1), ("@harness", HarnessInfo.Version));
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static int Version(NpgsqlConnection connection)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass('oncoanswer_schema') IS NOT NULL;", connection);
        if (!(bool)exists.ExecuteScalar()!)
        {
            return 0;
        }

        using var max = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM oncoanswer_schema;", connection);
        return Convert.ToInt32(max.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private NpgsqlConnection Connect()
    {
        try
        {
            return source.OpenConnection();
        }
        catch (PostgresException ex) when (ex.SqlState is "28P01" or "28000")
        {
            throw new InputException(new SourceLocation(Location, 0, 0), $"the PostgreSQL server refused the login ({Masked(ex.MessageText)}); set the password in PGPASSWORD or a ${{VAR}} reference in the store address, and check the user.");
        }
        catch (PostgresException ex) when (ex.SqlState == "3D000")
        {
            throw new InputException(new SourceLocation(Location, 0, 0), $"{Masked(ex.MessageText)}; create it (createdb) or name an existing database in the store address.");
        }
        catch (Exception ex) when (ex is NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true } or SocketException)
        {
            throw new InputException(new SourceLocation(Location, 0, 0), $"cannot reach the PostgreSQL run store ({Masked(ex.InnerException?.Message ?? ex.Message)}); start the server or fix the address in --store, ONCOANSWER_STORE or 'store:' in oncoanswer.yaml.");
        }
    }

    private string Masked(string text) => PostgresAddress.Mask(text, address.Secrets);

    private List<StoredRun> QueryRuns(string where, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection,
            "SELECT r.record_json, r.planned, r.finished_at IS NOT NULL, r.cancelled, (SELECT COUNT(*) FROM results s WHERE s.run_id = r.id) " +
            $"FROM runs r {where} ORDER BY r.started_at COLLATE \"C\" DESC, r.id COLLATE \"C\" DESC;", parameters);
        var runs = new List<StoredRun>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            using var json = JsonDocument.Parse(rows.GetString(0));
            var record = RunRecordCodec.Read(json.RootElement) with { Cancelled = rows.GetBoolean(3) };
            runs.Add(new StoredRun(record, rows.GetInt32(1), (int)rows.GetInt64(4), rows.GetBoolean(2)));
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

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = Connect();
        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void WriteText(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void WriteLong(NpgsqlBinaryImporter copy, long? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            copy.WriteNull();
        }
    }

    // PostgreSQL text cannot hold U+0000, but the store keeps exactly what was scored: such a row escapes \ as \\ and
    // U+0000 as \0 in its answer and error, and says so in its 'escaped' column.
    private static bool NeedsEscape(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);

    private static string? Escape(string? text) => text?.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    private static string? Unescape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                plain.Append(text[++i] == '0' ? '\0' : text[i]);
            }
            else
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }
}
