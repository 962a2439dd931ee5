using System.Data.Common;
using Microsoft.Data.Sqlite;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>The run store contract against the embedded SQLite store (a new file per test).</summary>
public sealed class SqliteRunStoreContractTests : RunStoreContract
{
    private readonly TempDir dir = new();

    protected override string Spec => Path.Combine(dir.Path, "runs.db");

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={Spec};Pooling=False");
        connection.Open();
        return connection;
    }

    protected override void PretendNewerSchema(int version)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA user_version = {version};";
        command.ExecuteNonQuery();
    }

    public override void Dispose() => dir.Dispose();
}
