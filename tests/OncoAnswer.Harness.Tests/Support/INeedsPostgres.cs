namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL test server.</summary>
public interface INeedsPostgres
{
}
