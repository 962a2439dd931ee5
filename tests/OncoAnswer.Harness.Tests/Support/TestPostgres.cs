using Npgsql;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>
/// The PostgreSQL server of the store tests: <c>ONCOANSWER_TEST_POSTGRES</c> (an Npgsql connection string, set by
/// scripts/test.sh after starting a throwaway cluster). Each test gets its own schema, dropped afterwards.
/// </summary>
internal static class TestPostgres
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("ONCOANSWER_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>Under scripts/test.sh a missing server fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ONCOANSWER_TEST_REQUIRE_POSTGRES") == "1";

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? "no PostgreSQL server: set ONCOANSWER_TEST_POSTGRES to an Npgsql connection string, or run ./scripts/test.sh (it starts one)"
        : null;

    /// <summary>Creates a fresh schema and returns a store address whose search path is that schema.</summary>
    public static (string Spec, string Schema) CreateSchema()
    {
        var connection = ConnectionString
            ?? throw new InvalidOperationException("ONCOANSWER_TEST_POSTGRES is not set although scripts/test.sh requires PostgreSQL; the script's server did not start.");
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        Execute(connection, $"CREATE SCHEMA {schema};");
        return ($"{connection};Search Path={schema}", schema);
    }

    public static void DropSchema(string schema) => Execute(ConnectionString!, $"DROP SCHEMA IF EXISTS {schema} CASCADE;");

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
