using System.Data.Common;
using Npgsql;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>The run store contract against a real PostgreSQL server (a new schema per test, dropped afterwards).</summary>
public sealed class PostgresRunStoreContractTests : RunStoreContract, INeedsPostgres
{
    private readonly string spec;
    private readonly string schema;

    public PostgresRunStoreContractTests() => (spec, schema) = TestPostgres.CreateSchema();

    protected override string Spec => spec;

    protected override DbConnection Connect()
    {
        var connection = new NpgsqlConnection(spec);
        connection.Open();
        return connection;
    }

    protected override void PretendNewerSchema(int version) =>
        TestPostgres.Execute(spec, $"INSERT INTO oncoanswer_schema (version, harness) VALUES ({version}, 'from the future');");

    public override void Dispose() => TestPostgres.DropSchema(schema);
}
