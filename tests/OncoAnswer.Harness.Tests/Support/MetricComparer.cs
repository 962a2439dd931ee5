using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Compares metrics by value (id, value, verdict, reason, evidence, diagnostics).</summary>
internal sealed class MetricComparer : IEqualityComparer<MetricResult>
{
    public static readonly MetricComparer Instance = new();

    public bool Equals(MetricResult? x, MetricResult? y) =>
        x is not null && y is not null && x.Id == y.Id && Equals(x.Value, y.Value) && x.Failed == y.Failed && x.Reason == y.Reason
        && x.Evidence.SequenceEqual(y.Evidence) && x.Diagnostics.SequenceEqual(y.Diagnostics);

    public int GetHashCode(MetricResult obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
}
