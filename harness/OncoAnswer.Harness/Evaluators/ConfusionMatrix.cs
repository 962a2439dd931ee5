using System.Globalization;
using System.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// Counts of (human label, scorer output) pairs over a fixed set of classes, with accuracy, per-class precision,
/// recall and F1, and macro-F1: what <c>oncoanswer calibrate</c> prints and the calibration tests assert.
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts;

    /// <summary>Creates an empty matrix over <paramref name="classes"/> (in display order).</summary>
    public ConfusionMatrix(IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        Classes = classes;
        counts = new int[classes.Count, classes.Count];
    }

    /// <summary>The classes, in display order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>How many pairs were added.</summary>
    public int Total { get; private set; }

    /// <summary>Counts one pair; unknown classes throw.</summary>
    public void Add(string expected, string actual)
    {
        counts[IndexOf(expected), IndexOf(actual)]++;
        Total++;
    }

    /// <summary>Pairs labelled <paramref name="expected"/> that the scorer called <paramref name="actual"/>.</summary>
    public int Count(string expected, string actual) => counts[IndexOf(expected), IndexOf(actual)];

    /// <summary>Share of pairs where scorer and label agree.</summary>
    public double Accuracy => Total == 0 ? 0 : Enumerable.Range(0, Classes.Count).Sum(i => counts[i, i]) / (double)Total;

    /// <summary>Of the pairs the scorer put in the class, the share labelled so (1 when it put none there and none are labelled so).</summary>
    public double Precision(string label)
    {
        var c = IndexOf(label);
        var predicted = Enumerable.Range(0, Classes.Count).Sum(i => counts[i, c]);
        return predicted == 0 ? (Support(label) == 0 ? 1 : 0) : counts[c, c] / (double)predicted;
    }

    /// <summary>Of the pairs labelled so, the share the scorer found (1 when none are labelled so).</summary>
    public double Recall(string label)
    {
        var c = IndexOf(label);
        var support = Support(label);
        return support == 0 ? 1 : counts[c, c] / (double)support;
    }

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1(string label)
    {
        var (p, r) = (Precision(label), Recall(label));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Mean F1 over the classes.</summary>
    public double MacroF1 => Classes.Average(F1);

    /// <summary>Pairs labelled <paramref name="label"/>.</summary>
    public int Support(string label)
    {
        var c = IndexOf(label);
        return Enumerable.Range(0, Classes.Count).Sum(j => counts[c, j]);
    }

    /// <summary>Folds classes into fewer (e.g. neutral and contradicted into "not-entailed").</summary>
    public ConfusionMatrix Fold(IReadOnlyList<string> classes, Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var folded = new ConfusionMatrix(classes);
        for (var i = 0; i < Classes.Count; i++)
        {
            for (var j = 0; j < Classes.Count; j++)
            {
                for (var k = 0; k < counts[i, j]; k++)
                {
                    folded.Add(map(Classes[i]), map(Classes[j]));
                }
            }
        }

        return folded;
    }

    /// <summary>A plain-text report: accuracy, per-class precision/recall/F1, macro-F1 and the matrix (rows: label, columns: scorer).</summary>
    public string Format()
    {
        var c = CultureInfo.InvariantCulture;
        var width = Math.Max(13, Classes.Max(x => x.Length) + 1);
        var b = new StringBuilder();
        b.Append(c, $"pairs {Total}, accuracy {Accuracy:0.000}, macro-F1 {MacroF1:0.000}\n");
        foreach (var label in Classes)
        {
            b.Append(c, $"  {label.PadRight(width)} support {Support(label),4}  precision {Precision(label):0.000}  recall {Recall(label):0.000}  F1 {F1(label):0.000}\n");
        }

        b.Append("  ").Append("label \\ scorer".PadRight(width + 1));
        foreach (var label in Classes)
        {
            b.Append(label.PadLeft(width));
        }

        b.Append('\n');
        for (var i = 0; i < Classes.Count; i++)
        {
            b.Append("  ").Append(Classes[i].PadRight(width + 1));
            for (var j = 0; j < Classes.Count; j++)
            {
                b.Append(counts[i, j].ToString(c).PadLeft(width));
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private int IndexOf(string label)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (string.Equals(Classes[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not one of the classes ({string.Join(", ", Classes)}).", nameof(label));
    }
}
