using System.Globalization;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>How metric values read in the report.</summary>
internal static class MetricText
{
    public static string Value(object? value) => value switch
    {
        null => "n/a",
        bool b => b ? "yes" : "no",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
