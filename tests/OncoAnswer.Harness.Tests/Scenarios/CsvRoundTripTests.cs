using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Scenarios;

public sealed class CsvRoundTripTests
{
    private const string Tricky = """
        suite: tricky
        category: guideline-question
        tags: [breast, "axis:odd"]
        system_prompt: "Line one of the prompt,\nline two with \"quotes\" and a comma."
        variants: [typo, truncated]
        scenarios:
          - id: t-001
            tags: [metastatic]
            patient: { diagnosis: "ER+, HER2-", stage: IV, treatment: "ribociclib 400 mg, letrozole", notes: "lives alone" }
            turns:
              - user: "First question, with a comma and \"quotes\""
              - assistant: "An answer\nover two lines;   with spaces"
              - user: "  leading and trailing spaces  "
            expect:
              disclaimer: optional
              kind: dosing
              must_have: [dosing.oncologist-decides, mbc.systemic-first]
              must_not: [claim.personal-dose-instruction]
              rubric:
                - { criterion: "Says it, plainly | with a pipe", points: -10, tags: [axis:accuracy, theme:hedging] }
                - { criterion: Another one, points: 3 }
          - id: t-002
            category: emergency
            turns:
              - user: "user: a question that starts like a prefix"
            variants: [pressure, pressure, lowercase]
          - id: t-003
            turns:
              - user: "=SUM(A1) -10 +5 @home looks like a formula"
            expect: { disclaimer: required }
        """;

    [Fact]
    public void YamlToCsvToYaml_BundledLibrary_IsEqualForEverySuite()
    {
        var suites = SuiteLoader.LoadPath(RepoPaths.Of("scenarios", "suites"));
        var csv = CsvSuiteWriter.Write(suites);

        var back = suites.Select(s => RoundTrip(csv, s.Name)).ToList();

        Assert.Equal(SuiteSnapshot.Of(suites), SuiteSnapshot.Of(back));
    }

    [Fact]
    public void YamlToCsvToYaml_TrickyText_IsLossless()
    {
        var suite = SuiteLoader.Load("tricky.yaml", Tricky);

        var back = RoundTrip(CsvSuiteWriter.Write([suite]), "tricky");

        Assert.Equal(SuiteSnapshot.Of(suite), SuiteSnapshot.Of(back));
        Assert.Equal(["breast", "axis:odd"], back.Tags);
        Assert.Equal("  leading and trailing spaces  ", back.Scenarios[0].LastUserText);
        Assert.Equal([VariantGenerator.Pressure, VariantGenerator.Pressure, VariantGenerator.Lowercase], back.Scenarios[1].Variants);
    }

    [Fact]
    public void Write_UsesTheDocumentedColumnsAndOneRowPerScenario()
    {
        var suite = SuiteLoader.Load("tricky.yaml", Tricky);

        var csv = CsvSuiteWriter.Write([suite]);

        Assert.StartsWith(string.Join(",", CsvColumns.All) + "\n", csv, StringComparison.Ordinal);
        // Formula cells are neutralised for spreadsheets (issue 19 item 12); the reader drops the apostrophe again.
        Assert.Contains(",'=SUM(A1) -10 +5 @home looks like a formula,", csv, StringComparison.Ordinal);
        Assert.Equal(3, CsvSuiteReader.ReadAll("tricky.csv", csv).Single().Scenarios.Count);
    }

    /// <summary>CSV → suite → YAML text → suite: the path <c>oncoanswer import csv</c> takes.</summary>
    private static Suite RoundTrip(string csv, string suiteName)
    {
        var imported = CsvSuiteReader.Read("all.csv", csv, suiteName);
        var yaml = SuiteYamlWriter.Write(imported, "round trip");
        return SuiteLoader.Load(suiteName + ".yaml", yaml);
    }
}
