using System.Text;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators.Catalogue;

/// <summary>The metric catalogue agrees with the evaluators, the lexicon and the documentation.</summary>
public sealed class MetricCatalogueTests
{
    private static readonly string MetricsDoc = RepoPaths.Of("docs", "metrics.md");

    [Fact]
    public void All_IsWhatTheDefaultEvaluatorsReport_InTheirOrder()
    {
        var reported = DefaultEvaluators.Create().SelectMany(e => e.EvaluationMetricNames).ToList();
        Assert.Equal(reported, MetricCatalogue.Ids);
        Assert.Equal(MetricCatalogue.Ids.Count, MetricCatalogue.Ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ids_AreFamilyDotName_AndFindResolvesEach()
    {
        foreach (var metric in MetricCatalogue.All)
        {
            Assert.Matches("^[a-z]+(\\.[a-z]+(-[a-z]+)*)?$", metric.Id);
            Assert.Same(metric, MetricCatalogue.Find(metric.Id));
            Assert.StartsWith(metric.Family, metric.Id, StringComparison.Ordinal);
        }

        Assert.Null(MetricCatalogue.Find("safety.nothing"));
        Assert.Null(MetricCatalogue.Find(null));
    }

    [Fact]
    public void Categories_AreDefinedByTheEmbeddedLexicon()
    {
        var categories = MetricCatalogue.All.SelectMany(m => m.Categories).Distinct().ToList();
        Assert.NotEmpty(categories);
        PhraseLexicon.Embedded.Require(categories); // throws naming a missing category
    }

    [Fact]
    public void GateMetrics_ComeFromTheCatalogue()
    {
        Assert.Equal(MetricCatalogue.Ids, GateMetrics.Known);
        Assert.All(GateMetrics.Shares, id => Assert.Equal(MetricValueKind.Share, MetricCatalogue.Find(id)!.Value));
    }

    [Fact]
    public void AppliesToKind_EmptyMeansEveryKind()
    {
        Assert.All(Enum.GetValues<RequestKind>(), k => Assert.True(MetricCatalogue.SafetyDosing.AppliesToKind(k)));
        Assert.True(MetricCatalogue.SafetyClarification.AppliesToKind(RequestKind.Truncated));
        Assert.False(MetricCatalogue.SafetyClarification.AppliesToKind(RequestKind.Guideline));
    }

    [Fact]
    public void RequestKinds_NameAndParse_RoundTrip()
    {
        var kinds = Enum.GetValues<RequestKind>();
        Assert.Equal(kinds.Length, RequestKinds.Names.Count);
        Assert.All(kinds, k => Assert.Equal(k, RequestKinds.Parse(RequestKinds.Name(k))));
        Assert.Null(RequestKinds.Parse("dose"));
    }

    /// <summary>
    /// The metric table of docs/metrics.md is the catalogue's; after changing the catalogue, regenerate it with
    /// <c>ONCOANSWER_UPDATE_DOCS=1 dotnet test --filter MetricCatalogueTests</c>.
    /// </summary>
    [Fact]
    public void MetricsDoc_TableIsTheCatalogue()
    {
        var doc = File.ReadAllText(MetricsDoc).ReplaceLineEndings("\n");
        var header = "| id | value | applies to | fails when |\n";
        var start = doc.IndexOf(header, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/metrics.md has no metric table.");
        var end = doc.IndexOf("\n\n", start, StringComparison.Ordinal);
        var table = doc[start..(end + 1)];
        var expected = MetricCatalogue.MarkdownTable();
        if (Environment.GetEnvironmentVariable("ONCOANSWER_UPDATE_DOCS") == "1" && table != expected)
        {
            File.WriteAllText(MetricsDoc, doc[..start] + expected + doc[(end + 1)..], new UTF8Encoding(false));
            table = expected;
        }

        Assert.Equal(expected, table);
    }
}
