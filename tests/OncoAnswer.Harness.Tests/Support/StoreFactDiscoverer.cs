using Xunit.Abstractions;
using Xunit.Sdk;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping them in PostgreSQL classes when there is no server to use.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        if (typeof(INeedsPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType()) && TestPostgres.SkipReason is { } why)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, why)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
