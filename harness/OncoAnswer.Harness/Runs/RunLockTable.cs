using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The per-run lock, kept as rows of the store's <c>run_locks</c> table so it works the same in every store (SQLite on
/// one machine, PostgreSQL shared by CI runners): one row per (run, part) with the holder's token, host, pid and a
/// heartbeat. Taking it is one <c>INSERT … ON CONFLICT DO NOTHING</c>, so of two processes exactly one wins. A row is
/// taken over when its heartbeat is older than <see cref="StaleAfter"/> (a holder killed on another machine) or at once
/// when its process is gone on this machine (<c>kill -9</c> then <c>--resume</c> needs no wait).
/// </summary>
internal sealed class RunLockTable
{
    private readonly Func<DbConnection> connect;
    private readonly string location;
    private readonly TimeProvider clock;

    /// <summary>Creates the lock table of a store; <paramref name="connect"/> opens a new connection to it.</summary>
    public RunLockTable(Func<DbConnection> connect, string location, TimeProvider clock)
    {
        this.connect = connect;
        this.location = location;
        this.clock = clock;
    }

    /// <summary>How often a holder refreshes its heartbeat.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);

    /// <summary>A lock whose heartbeat is older than this is abandoned.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    /// <summary>The SQL of the table (the same in SQLite and PostgreSQL).</summary>
    public const string Schema =
        """
        CREATE TABLE run_locks (
            run_id TEXT NOT NULL,
            part TEXT NOT NULL,
            owner TEXT NOT NULL,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            acquired_ms BIGINT NOT NULL,
            heartbeat_ms BIGINT NOT NULL,
            PRIMARY KEY (run_id, part));
        """;

    /// <summary>Takes the lock of <paramref name="runId"/>'s <paramref name="part"/>; an input error naming the holder when a live process has it.</summary>
    public IDisposable Acquire(string runId, string part)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(part);
        var owner = Guid.NewGuid().ToString("N");
        using (var connection = connect())
        {
            if (Holders(connection, runId).FirstOrDefault(h => h.Part == part) is { } holder && Abandoned(holder))
            {
                // Only the row we judged abandoned goes: a fresh holder that replaced it meanwhile keeps its lock.
                Execute(connection, "DELETE FROM run_locks WHERE run_id = @run AND part = @part AND owner = @owner;", ("@run", runId), ("@part", part), ("@owner", holder.Owner));
            }

            var now = Millis();
            var inserted = Execute(
                connection,
                "INSERT INTO run_locks (run_id, part, owner, host, pid, acquired_ms, heartbeat_ms) VALUES (@run, @part, @owner, @host, @pid, @now, @now) ON CONFLICT (run_id, part) DO NOTHING;",
                ("@run", runId), ("@part", part), ("@owner", owner), ("@host", Environment.MachineName), ("@pid", Environment.ProcessId), ("@now", now));
            if (inserted == 0)
            {
                var current = Holders(connection, runId).FirstOrDefault(h => h.Part == part);
                throw Refused(current ?? new RunLockHolder(runId, part, "", "?", 0, clock.GetUtcNow(), clock.GetUtcNow()));
            }

            // The whole run and its shards exclude each other: a resume of the whole run must not meet a live shard.
            // Checked after inserting, so of two racing the other way at least one sees the other (both may back off).
            if (Holders(connection, runId).FirstOrDefault(h => h.Owner != owner && (h.Part.Length == 0) != (part.Length == 0) && !Abandoned(h)) is { } other)
            {
                Execute(connection, "DELETE FROM run_locks WHERE run_id = @run AND part = @part AND owner = @owner;", ("@run", runId), ("@part", part), ("@owner", owner));
                throw Refused(other);
            }
        }

        return new Lease(this, runId, part, owner);
    }

    /// <summary>The live holders of <paramref name="runId"/>'s locks (abandoned rows are left out).</summary>
    public IReadOnlyList<RunLockHolder> LiveHolders(string runId)
    {
        using var connection = connect();
        return Holders(connection, runId).Where(h => !Abandoned(h)).ToList();
    }

    /// <summary>The message refusing a second writer.</summary>
    public InputException Refused(RunLockHolder holder)
    {
        var what = holder.Part.Length == 0 ? $"run '{holder.RunId}'" : $"shard {holder.Part} of run '{holder.RunId}'";
        return new InputException(
            new SourceLocation(location, 0, 0),
            $"{what} is locked: another oncoanswer is writing it ({holder.Describe(clock.GetUtcNow())}). Wait for it to finish; if that process is gone, retry once its heartbeat is {(int)StaleAfter.TotalSeconds} s old.");
    }

    private bool Abandoned(RunLockHolder holder)
    {
        if (clock.GetUtcNow() - holder.HeartbeatAt > StaleAfter)
        {
            return true;
        }

        return string.Equals(holder.Host, Environment.MachineName, StringComparison.Ordinal) && !Alive(holder.ProcessId);
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private List<RunLockHolder> Holders(DbConnection connection, string runId)
    {
        using var command = Command(connection, "SELECT part, owner, host, pid, acquired_ms, heartbeat_ms FROM run_locks WHERE run_id = @run ORDER BY part;", ("@run", runId));
        using var rows = command.ExecuteReader();
        var holders = new List<RunLockHolder>();
        while (rows.Read())
        {
            holders.Add(new RunLockHolder(runId, rows.GetString(0), rows.GetString(1), rows.GetString(2), Convert.ToInt32(rows.GetValue(3), CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(rows.GetInt64(4)), DateTimeOffset.FromUnixTimeMilliseconds(rows.GetInt64(5))));
        }

        return holders;
    }

    private long Millis() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    // A store that cannot be reached right now: the database's own errors, or the store's input error for an unreachable server.
    private static bool Unavailable(Exception ex) => ex is DbException or InputException or TimeoutException or IOException or InvalidOperationException;

    private static int Execute(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // Holds the row and refreshes its heartbeat until disposed; a failed refresh is retried at the next tick (the row
    // only goes stale after several missed beats).
    private sealed class Lease : IDisposable
    {
        private readonly RunLockTable table;
        private readonly string runId;
        private readonly string part;
        private readonly string owner;
        private readonly ITimer timer;
        private readonly Lock beat = new();
        private bool disposed;

        public Lease(RunLockTable table, string runId, string part, string owner)
        {
            this.table = table;
            this.runId = runId;
            this.part = part;
            this.owner = owner;
            timer = table.clock.CreateTimer(_ => Beat(), null, HeartbeatInterval, HeartbeatInterval);
        }

        public void Dispose()
        {
            lock (beat)
            {
                if (disposed)
                {
                    return;
                }

                disposed = true;
                timer.Dispose();
                try
                {
                    using var connection = table.connect();
                    Execute(connection, "DELETE FROM run_locks WHERE run_id = @run AND part = @part AND owner = @owner;", ("@run", runId), ("@part", part), ("@owner", owner));
                }
                catch (Exception ex) when (Unavailable(ex))
                {
                    // The store went away: the row stops beating and is given up after StaleAfter.
                }
            }
        }

        private void Beat()
        {
            lock (beat)
            {
                if (disposed)
                {
                    return;
                }

                try
                {
                    using var connection = table.connect();
                    Execute(connection, "UPDATE run_locks SET heartbeat_ms = @now WHERE run_id = @run AND part = @part AND owner = @owner;", ("@now", table.Millis()), ("@run", runId), ("@part", part), ("@owner", owner));
                }
                catch (Exception ex) when (Unavailable(ex))
                {
                    // Retried at the next tick (a timer callback must not throw); the lock survives a few missed beats.
                }
            }
        }
    }
}
