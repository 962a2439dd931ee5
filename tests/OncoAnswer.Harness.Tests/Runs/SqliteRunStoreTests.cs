using Microsoft.Data.Sqlite;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class SqliteRunStoreTests
{
    [Fact]
    public async Task Open_WhileAnotherShardIsCreatingTheStore_WaitsAndDoesNotCreateItAgain()
    {
        // Shards of one run share a --store path that does not exist yet, and each opens it at start-up. Here another
        // shard has begun creating the schema (it holds the write lock) when this one reads the version (still 0): once
        // the lock is free, this one must find the schema made, not create it a second time ("table runs already exists").
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "shared.db");
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        using (var wal = other.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        var creating = other.BeginTransaction(deferred: false);
        var opening = Task.Run(() =>
        {
            using var store = SqliteRunStore.Open(path);
            return store.SchemaVersion;
        });
        // Let the opening shard read the version and wait for the lock, then finish creating the schema.
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (var create = other.CreateCommand())
        {
            create.Transaction = creating;
            create.CommandText = string.Concat(StoreMigrations.Steps) + $"\nPRAGMA user_version = {StoreMigrations.Latest};";
            create.ExecuteNonQuery();
        }

        creating.Commit();
        creating.Dispose();
        Assert.Equal(StoreMigrations.Latest, await opening);
    }

    [Fact]
    public void Open_SchemaVersion1Database_MigratesAndKeepsItsRuns()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = StoreMigrations.Steps[0] + """
                PRAGMA user_version = 1;
                INSERT INTO runs VALUES ('20250101T000000Z-abcdef', '2025-01-01T00:00:00Z', '2025-01-01T00:01:00Z', 1, 0,
                  '{"id":"20250101T000000Z-abcdef","startedAt":"2025-01-01T00:00:00Z","finishedAt":"2025-01-01T00:01:00Z","suites":["s"],"generators":["g"],"harnessVersion":"0.0.1","cancelled":false}');
                INSERT INTO results (run_id, scenario_id, suite, category, generator, attempt, verdict, conversation_json, answer, error, metrics_json)
                  VALUES ('20250101T000000Z-abcdef', 'old-001', 's', 'c', 'g', 1, 'pass', '[{"role":"user","text":"q"}]', 'a', NULL,
                  '[{"id":"disclaimer","value":true,"failed":false,"reason":"ok","evidence":[],"diagnostics":[]}]');
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteRunStore.Open(path);

        Assert.Equal(StoreMigrations.Latest, store.SchemaVersion);
        var run = Assert.Single(store.ListRuns());
        Assert.Equal("0.0.1", run.Record.HarnessVersion);
        Assert.Equal(1, run.Record.Repeat);
        var result = Assert.Single(store.ReadResults(run.Record.Id));
        Assert.Equal(("old-001", Verdict.Pass, "", (long?)null), (result.ScenarioId, result.Verdict, result.Variant, result.LatencyMs));

        // The migrated schema accepts new results with the columns version 2 added.
        store.Append(run.Record.Id, result with { ScenarioId = "new-001", LatencyMs = 12, InputTokens = 7 });
        Assert.Equal(12L, store.ReadResults(run.Record.Id).Single(r => r.ScenarioId == "new-001").LatencyMs);
    }

    [Fact]
    public void Open_NewerSchemaThanKnown_IsAnInputErrorNamingTheFile()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "future.db");
        using (var future = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            future.Open();
            using var command = future.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<OncoAnswer.Harness.Scenarios.InputException>(() => SqliteRunStore.Open(path));
        Assert.Contains("schema version 99", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
