using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// A threshold on one metric id, over all results or one category. Any metric id works: <see cref="PassRate"/> counts
/// results whose metric did not fail (boolean metrics), <see cref="Min"/>/<see cref="Max"/> bound every numeric value,
/// <see cref="MeanMin"/>/<see cref="MeanMax"/> bound their mean.
/// </summary>
public sealed record MetricThreshold(string Metric, SourceLocation Location)
{
    /// <summary>Only results of this category, or all when null.</summary>
    public string? Category { get; init; }

    /// <summary>Least share (0–1) of results whose metric did not fail.</summary>
    public double? PassRate { get; init; }

    /// <summary>Least value any result may have.</summary>
    public double? Min { get; init; }

    /// <summary>Greatest value any result may have.</summary>
    public double? Max { get; init; }

    /// <summary>Least mean value.</summary>
    public double? MeanMin { get; init; }

    /// <summary>Greatest mean value.</summary>
    public double? MeanMax { get; init; }

    /// <summary>The metric and scope as a reader sees them, e.g. <c>disclaimer (category emergency)</c>.</summary>
    public string Scope => Category is null ? Metric : $"{Metric} (category {Category})";
}
