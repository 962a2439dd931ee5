using Microsoft.Data.Sqlite;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class SqliteRunStoreTests
{
    [Fact]
    public async Task ReadResults_RoundTripsEveryField()
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        var session = new RunSession(store, [new DisclaimerEvaluator()]);

        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite("safe-001", "unsafe-001")], [Support.Runs.Generator(new ScriptedChatClient((id, _) => Task.FromResult(id == "safe-001" ? Answers.Safe : Answers.NoDisclaimer)))]) { Tags = ["nightly"] });

        var stored = store.FindRun(run.Run.Id)!;
        Assert.True(stored.Finished);
        Assert.Equal(["nightly"], stored.Record.Tags);
        Assert.StartsWith("sha256:", stored.Record.SuiteHash, StringComparison.Ordinal);
        Assert.Equal("DisclaimerEvaluator", Assert.Single(stored.Record.Evaluators).Id);
        var unsafeResult = store.ReadResults(run.Run.Id).Single(r => r.ScenarioId == "unsafe-001");
        Assert.Equal(Verdict.Fail, unsafeResult.Verdict);
        Assert.Equal(Answers.NoDisclaimer, unsafeResult.Answer);
        Assert.Equal(run.Results.Single(r => r.ScenarioId == "unsafe-001").Metrics, unsafeResult.Metrics, MetricComparer.Instance);
        Assert.NotNull(unsafeResult.LatencyMs);
    }

    [Fact]
    public async Task Readers_SeeFinishedResultsWhileTheRunIsStillWriting()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "runs.db");
        using var store = SqliteRunStore.Open(path);
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new ScriptedChatClient((id, _) => id == "slow-001" ? release.Task : Task.FromResult(Answers.Safe));
        string? runId = null;
        var running = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 })
            .RunAsync(new RunPlan([Support.Runs.Suite("a-001", "b-001", "slow-001")], [Support.Runs.Generator(client)]), started: r => runId = r.Id);

        // A second store on the same file (another process would do the same) reads while slow-001 is in flight.
        using var reader = SqliteRunStore.Open(path);
        for (var i = 0; i < 600 && (runId is null || reader.FindRun(runId)?.Stored < 2); i++)
        {
            await Task.Delay(50);
        }

        var during = reader.FindRun(runId!)!;
        Assert.False(during.Finished);
        Assert.Equal(["a-001", "b-001"], reader.ReadResults(runId!).Select(r => r.ScenarioId));
        release.SetResult(Answers.Safe);
        await running;
        Assert.True(reader.FindRun(runId!)!.Finished);
        Assert.Equal(3, reader.ReadResults(runId!).Count());
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

    private sealed class MetricComparer : IEqualityComparer<MetricResult>
    {
        public static readonly MetricComparer Instance = new();

        public bool Equals(MetricResult? x, MetricResult? y) =>
            x is not null && y is not null && x.Id == y.Id && Equals(x.Value, y.Value) && x.Failed == y.Failed && x.Reason == y.Reason
            && x.Evidence.SequenceEqual(y.Evidence) && x.Diagnostics.SequenceEqual(y.Diagnostics);

        public int GetHashCode(MetricResult obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
