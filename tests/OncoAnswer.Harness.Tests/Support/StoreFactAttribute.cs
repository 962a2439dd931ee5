using Xunit.Sdk;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>
/// A fact of the run store contract. Inherited by one test class per store; in a class that needs PostgreSQL
/// (<see cref="INeedsPostgres"/>) it is skipped with a clear reason when no server is configured outside scripts/test.sh.
/// </summary>
[XunitTestCaseDiscoverer("OncoAnswer.Harness.Tests.Support.StoreFactDiscoverer", "OncoAnswer.Harness.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreFactAttribute : FactAttribute
{
}
