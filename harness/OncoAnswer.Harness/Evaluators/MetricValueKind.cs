namespace OncoAnswer.Harness.Evaluators;

/// <summary>What a metric's value is.</summary>
public enum MetricValueKind
{
    /// <summary>True or false: the detected fact, in the direction of the metric's name.</summary>
    Boolean,

    /// <summary>A share from 0 to 1.</summary>
    Share,

    /// <summary>A count (0 or more).</summary>
    Count,

    /// <summary>A number on the metric's own scale.</summary>
    Number,

    /// <summary>A word from a fixed set (a request kind, a language).</summary>
    Label,
}
