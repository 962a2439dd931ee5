using System.Net;
using System.Net.Sockets;
using Npgsql;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>What only the PostgreSQL store has: addresses, passwords, the server being away, the version table.</summary>
public sealed class PostgresRunStoreTests : INeedsPostgres
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Theory]
    [InlineData("postgres://ci@db.example:6543/oncoanswer?sslmode=require", "db.example", 6543, "ci", "oncoanswer", "postgresql://ci@db.example:6543/oncoanswer")]
    [InlineData("postgresql://qa@%2Fvar%2Frun%2Fpostgresql/runs", "/var/run/postgresql", 5432, "qa", "runs", "postgresql://qa@%2Fvar%2Frun%2Fpostgresql:5432/runs")]
    [InlineData("postgres://ci@[::1]:5433/oncoanswer", "::1", 5433, "ci", "oncoanswer", "postgresql://ci@::1:5433/oncoanswer")]
    [InlineData("Host=db;Port=5433;Username=ci;Database=oncoanswer", "db", 5433, "ci", "oncoanswer", "postgresql://ci@db:5433/oncoanswer")]
    public void Parse_UriOrConnectionString_GivesTheServerAndALocationWithoutSecrets(string spec, string host, int port, string user, string database, string location)
    {
        Assert.True(PostgresAddress.IsPostgres(spec));
        var address = PostgresAddress.Parse(spec, name => name == "PGPASSWORD" ? "s3cret-from-env" : null);

        Assert.Equal((host, port, user, database), (address.Builder.Host, address.Builder.Port, address.Builder.Username, address.Builder.Database));
        Assert.Equal(location, address.Location);
        Assert.Equal("s3cret-from-env", address.Builder.Password);
        Assert.Equal(["s3cret-from-env"], address.Secrets);
    }

    [Theory]
    [InlineData(".oncoanswer/runs.db")]
    [InlineData("/tmp/ci/runs.db")]
    [InlineData("C:\\runs\\runs.db")]
    public void IsPostgres_FilePaths_AreSqlite(string spec) => Assert.False(PostgresAddress.IsPostgres(spec));

    [Theory]
    [InlineData("postgres://ci:hunter2-literal@db/oncoanswer")]
    [InlineData("Host=db;Username=ci;Password=hunter2-literal;Database=oncoanswer")]
    public void Parse_LiteralPassword_IsRefusedWithoutEchoingIt(string spec)
    {
        var ex = Assert.Throws<InputException>(() => PostgresAddress.Parse(spec, NoEnvironment));

        Assert.Contains("use PGPASSWORD or a ${VAR} reference", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PasswordReference_IsResolvedFromTheEnvironment_AndAnUnsetOneNamed()
    {
        var address = PostgresAddress.Parse("postgres://ci:${DB_PASSWORD}@db/oncoanswer", name => name == "DB_PASSWORD" ? "p@ss/word:x" : null);
        Assert.Equal("p@ss/word:x", address.Builder.Password);
        Assert.DoesNotContain("p@ss", address.Location, StringComparison.Ordinal);

        var unset = Assert.Throws<InputException>(() => PostgresAddress.Parse("postgres://ci:${DB_PASSWORD}@db/oncoanswer", NoEnvironment));
        Assert.Contains("environment variable DB_PASSWORD is not set", unset.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoServerListening_IsAnInputErrorSayingWhatToDo()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop(); // nothing listens there now

        var ex = Assert.Throws<InputException>(() => RunStores.Open($"postgres://ci:${{DB_PASSWORD}}@127.0.0.1:{port}/oncoanswer?connect_timeout=5", name => name == "DB_PASSWORD" ? "never-printed-secret" : null));

        Assert.Contains($"postgresql://ci@127.0.0.1:{port}/oncoanswer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cannot reach the PostgreSQL run store", ex.Message, StringComparison.Ordinal);
        Assert.Contains("start the server or fix the address", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("never-printed-secret", ex.ToString(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Open_ByFourProcessesAtOnceOnAnEmptyDatabase_MigratesOnceAndRecordsTheVersion()
    {
        var (spec, schema) = TestPostgres.CreateSchema();
        try
        {
            var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresRunStore.Open(spec, NoEnvironment))));
            foreach (var store in opened)
            {
                Assert.Equal(PostgresMigrations.Latest, store.SchemaVersion);
                store.Dispose();
            }

            await using var connection = new NpgsqlConnection(spec);
            await connection.OpenAsync();
            await using var versions = new NpgsqlCommand("SELECT version, harness FROM oncoanswer_schema ORDER BY version;", connection);
            await using var rows = await versions.ExecuteReaderAsync();
            var applied = new List<int>();
            while (await rows.ReadAsync())
            {
                applied.Add(rows.GetInt32(0));
                Assert.False(string.IsNullOrEmpty(rows.GetString(1)));
            }

            Assert.Equal(Enumerable.Range(1, PostgresMigrations.Latest), applied);
        }
        finally
        {
            TestPostgres.DropSchema(schema);
        }
    }

    [StoreFact]
    public void Open_UnknownDatabase_SaysToCreateIt()
    {
        var spec = TestPostgres.ConnectionString + ";Database=no_such_database_here";

        var ex = Assert.Throws<InputException>(() => RunStores.Open(spec, NoEnvironment));

        Assert.Contains("no_such_database_here", ex.Message, StringComparison.Ordinal);
        Assert.Contains("create it", ex.Message, StringComparison.Ordinal);
    }
}
