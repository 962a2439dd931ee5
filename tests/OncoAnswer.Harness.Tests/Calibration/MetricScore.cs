using System.Globalization;

namespace OncoAnswer.Harness.Tests.Calibration;

/// <summary>Confusion counts of one boolean metric against the human labels (positive class: true).</summary>
internal sealed class MetricScore(string metric)
{
    public string Metric { get; } = metric;

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int TrueNegatives { get; private set; }

    public List<string> Misses { get; } = [];

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(string id, bool label, bool predicted, string reason)
    {
        switch (label, predicted)
        {
            case (true, true): TruePositives++; break;
            case (false, false): TrueNegatives++; break;
            case (false, true): FalsePositives++; Misses.Add($"{id}: false positive ({reason})"); break;
            default: FalseNegatives++; Misses.Add($"{id}: false negative ({reason})"); break;
        }
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Metric,-28} | {TruePositives + FalseNegatives,3} | {FalsePositives + TrueNegatives,3} | {TruePositives,3} | {FalsePositives,3} | {FalseNegatives,3} | {Precision,9:0.000} | {Recall,6:0.000} |");
}
