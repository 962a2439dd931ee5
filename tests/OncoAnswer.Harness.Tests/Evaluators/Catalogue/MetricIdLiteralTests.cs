using System.Text.RegularExpressions;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators.Catalogue;

/// <summary>
/// Metric ids are written down once, in <see cref="MetricCatalogue"/>: no other harness source, script or template
/// quotes one (<c>"safety.dosing"</c>, <c>'safety.dosing'</c>). Code names a metric through the catalogue instead.
/// </summary>
public sealed partial class MetricIdLiteralTests
{
    private static readonly string CatalogueFile = Path.Combine("harness", "OncoAnswer.Harness", "Evaluators", "MetricCatalogue.cs");

    /// <summary>
    /// The bare id <c>disclaimer</c> is also a scenario, suite, CSV and config field name; in these files the quoted
    /// word is that field, not the metric.
    /// </summary>
    private static readonly HashSet<string> DisclaimerFieldFiles = new(StringComparer.Ordinal)
    {
        Path.Combine("harness", "OncoAnswer.Cli", "Commands", "LayeredSettings.cs"),
        Path.Combine("harness", "OncoAnswer.Cli", "Infrastructure", "ListJson.cs"),
        Path.Combine("harness", "OncoAnswer.Cli", "Inputs", "ScoreFieldReader.cs"),
        Path.Combine("harness", "OncoAnswer.Cli", "Inputs", "ScoreInputReader.cs"),
        Path.Combine("harness", "OncoAnswer.Harness", "Config", "RunDefaultKeys.cs"),
        Path.Combine("harness", "OncoAnswer.Harness", "Runs", "ResultCodec.cs"),
        Path.Combine("harness", "OncoAnswer.Harness", "Scenarios", "CsvColumns.cs"),
        Path.Combine("harness", "OncoAnswer.Harness", "Scenarios", "SuiteLoader.cs"),
        Path.Combine("harness", "OncoAnswer.Harness", "Scenarios", "SuiteYamlWriter.cs"),
    };

    [Fact]
    public void NoSourceOutsideTheCatalogue_QuotesAMetricId()
    {
        var found = new List<string>();
        foreach (var file in Sources())
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file);
            if (relative == CatalogueFile)
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match quoted in Quoted().Matches(lines[i]))
                {
                    var id = quoted.Groups["id"].Value;
                    if (MetricCatalogue.Find(id) is null || (id == MetricCatalogue.Disclaimer.Id && DisclaimerFieldFiles.Contains(relative)))
                    {
                        continue;
                    }

                    found.Add($"{relative}:{i + 1}: {quoted.Value}");
                }
            }
        }

        Assert.True(found.Count == 0, "metric ids quoted outside MetricCatalogue.cs (name them through MetricCatalogue):\n" + string.Join('\n', found));
    }

    [Fact]
    public void TheScan_FindsAQuotedId()
    {
        // The scan must not pass by reading nothing: every source kind is found, and a quoted id is seen.
        var files = Sources().ToList();
        Assert.Contains(files, f => f.EndsWith(".cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("report.js", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".sbn", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetRelativePath(RepoPaths.Root, f) == CatalogueFile);
        Assert.Equal("safety.dosing", Quoted().Match("x = 'safety.dosing';").Groups["id"].Value);
        Assert.Equal("disclaimer", Quoted().Match("case \"disclaimer\":").Groups["id"].Value);
    }

    /// <summary>Every C# file of harness/, and the report's scripts and templates.</summary>
    private static IEnumerable<string> Sources()
    {
        var harness = Directory.EnumerateFiles(RepoPaths.Of("harness"), "*.cs", SearchOption.AllDirectories);
        var reports = Directory.EnumerateFiles(RepoPaths.Of("reports"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".sbn", StringComparison.Ordinal) || f.EndsWith(".scriban", StringComparison.Ordinal));
        var harnessScripts = Directory.EnumerateFiles(RepoPaths.Of("harness"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".sbn", StringComparison.Ordinal) || f.EndsWith(".scriban", StringComparison.Ordinal));
        return harness.Concat(reports).Concat(harnessScripts)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }

    [GeneratedRegex("""["'](?<id>[a-z]+(?:\.[a-z]+(?:-[a-z]+)*)?)["']""")]
    private static partial Regex Quoted();
}
