using System.Globalization;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>A pass count over a total, for overview tables and charts.</summary>
/// <param name="Name">Category, metric id or "overall".</param>
/// <param name="Total">Results counted.</param>
/// <param name="Passed">Results that passed (for a metric: did not fail it).</param>
/// <param name="Failed">Results that failed.</param>
/// <param name="Errors">Results with an error verdict.</param>
public sealed record Rate(string Name, int Total, int Passed, int Failed, int Errors)
{
    /// <summary>Passed ÷ total, 0 when empty.</summary>
    public double Value => Total == 0 ? 0 : (double)Passed / Total;

    /// <summary>The rate as "97.5 %", or "n/a" when empty.</summary>
    public string Percent => Total == 0 ? "n/a" : (100 * Value).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
