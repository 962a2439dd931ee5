using OncoAnswer.Harness.Evaluators;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The metric ids a gate threshold may name (every metric the default evaluators report) and which of them are shares
/// from 0 to 1, so a gate file is checked when it loads, before any generator is called: a misspelt id gets a
/// did-you-mean, and <c>min: 1.5</c> on a share is refused instead of failing every run.
/// </summary>
public static class GateMetrics
{
    /// <summary>Every metric id of the <see cref="MetricCatalogue"/>, in the order the evaluators report them.</summary>
    public static IReadOnlyList<string> Known => MetricCatalogue.Ids;

    /// <summary>The metrics whose value is a share from 0 to 1.</summary>
    public static IReadOnlyList<string> Shares { get; } = [.. MetricCatalogue.All.Where(m => m.Value == MetricValueKind.Share).Select(m => m.Id)];
}
