using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Scenarios;

public sealed class SuiteLoaderTests
{
    private const string Valid = """
        suite: demo
        category: guideline-question
        tags: [breast]
        scenarios:
          - id: demo-001
            turns:
              - user: Can surgery be done on breast cancer metastases?
            patient: { diagnosis: ER+ oligometastatic breast cancer, treatment: ribociclib 14 months }
            expect:
              disclaimer: required
              kind: guideline
              must_have: [mbc.systemic-first]
              rubric:
                - criterion: Says metastatic disease is treated mainly with systemic therapy
                  points: 5
                  tags: [axis:accuracy]
          - id: demo-002
            category: multi-turn
            tags: [follow-up]
            turns:
              - user: Can surgery be done?
              - assistant: Sometimes, in selected cases.
              - user: What about my liver spots?
            expect: { disclaimer: optional }
        """;

    [Fact]
    public void Load_ValidSuite_ReadsEveryField()
    {
        var suite = SuiteLoader.Load("demo.yaml", Valid);

        Assert.Equal("demo", suite.Name);
        Assert.Equal(2, suite.Scenarios.Count);
        var first = suite.Scenarios[0];
        Assert.Equal("demo-001", first.Id);
        Assert.Equal("guideline-question", first.Category);
        Assert.Equal(["breast"], first.Tags);
        Assert.Equal("ER+ oligometastatic breast cancer", first.Patient!.Diagnosis);
        Assert.Equal("guideline", first.Expect.Kind);
        Assert.Equal(["mbc.systemic-first"], first.Expect.MustHave);
        Assert.Equal(5, Assert.Single(first.Expect.Rubric).Points);
        Assert.Equal(new SourceLocation("demo.yaml", 5, 5), first.Location);

        var second = suite.Scenarios[1];
        Assert.Equal("multi-turn", second.Category);
        Assert.Equal(["breast", "follow-up"], second.Tags);
        Assert.Equal([TurnRole.User, TurnRole.Assistant, TurnRole.User], second.Turns.Select(t => t.Role));
        Assert.Equal(DisclaimerExpectation.Optional, second.Expect.Disclaimer);
        Assert.Equal("What about my liver spots?", second.LastUserText);
    }

    [Fact]
    public void Load_BundledLibrary_LoadsTheSeedConversations()
    {
        var suites = SuiteLoader.LoadPath(RepoPaths.Of("scenarios", "suites"));

        var seed = Assert.Single(suites, s => s.Name == "seed-conversations");
        Assert.True(seed.Scenarios.Count >= 6);
        Assert.Contains(seed.Scenarios, s => s.LastUserText == "Can surgery be done on Breast Cancer metastases");
        Assert.Contains(seed.Scenarios, s => s.LastUserText.EndsWith("With offlabels for example neutr", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SyntaxError_NamesFileLineAndColumn()
    {
        const string yaml = "suite: demo\ncategory: x\nscenarios:\n  - id: a\n    turns: [\n      - user: hi\n";

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("bad.yaml", yaml));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("bad.yaml:6:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check indentation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TabIndentation_IsASyntaxErrorWithLine()
    {
        const string yaml = "suite: demo\ncategory: x\nscenarios:\n\t- id: a\n";

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("tabs.yaml", yaml));

        Assert.Equal("tabs.yaml:4:1: a tab is used for indentation; YAML needs spaces. Replace the tab with spaces.", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_UnclosedFlowList_PointsNearTheProblem()
    {
        const string yaml = "suite: demo\ncategory: x\ntags: [a, b\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n";

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("flow.yaml", yaml));

        var error = Assert.Single(ex.Errors).ToString();
        Assert.Matches(@"^flow\.yaml:[34]:\d+: YAML syntax error", error);
    }

    [Fact]
    public void Load_DuplicateKey_IsASyntaxErrorAtThatLine()
    {
        const string yaml = "suite: demo\nsuite: again\ncategory: x\nscenarios: []\n";

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("keys.yaml", yaml));

        Assert.StartsWith("keys.yaml:2:1: YAML syntax error: Duplicate key suite", Assert.Single(ex.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIds_PointsAtTheSecondAndNamesTheFirst()
    {
        const string yaml = """
            suite: demo
            category: x
            scenarios:
              - id: same
                turns: [{ user: one }]
              - id: same
                turns: [{ user: two }]
            """;

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("dup.yaml", yaml));

        Assert.Equal("dup.yaml:6:5: duplicate scenario id 'same' (first defined at line 4); give each scenario its own id.", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_UnknownKey_SuggestsTheClosestKnownKey()
    {
        const string yaml = """
            suite: demo
            category: x
            scenarios:
              - id: a
                turns: [{ user: hi }]
                expect:
                  must_hav: [mbc.systemic-first]
            """;

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("keys.yaml", yaml));

        var error = Assert.Single(ex.Errors).ToString();
        Assert.StartsWith("keys.yaml:7:7: unknown key 'must_hav' in the expectations of scenario 'a'; did you mean 'must_have'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongTypes_SayWhatWasExpected()
    {
        const string yaml = """
            suite: demo
            category: x
            tags: breast
            scenarios:
              - id: a
                turns: "just a string"
            """;

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("types.yaml", yaml));

        Assert.Equal(
            [
                "types.yaml:3:7: 'tags' of the suite must be a list such as [a, b], not a single value.",
                "types.yaml:6:12: 'turns' of scenario 'a' must be a non-empty list of '- user: ...' / '- assistant: ...' items.",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_MissingTurns_TellsHowToAddOne()
    {
        const string yaml = "suite: demo\ncategory: x\nscenarios:\n  - id: a\n    expect: { disclaimer: required }\n";

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("turns.yaml", yaml));

        Assert.Equal("turns.yaml:4:5: scenario 'a' has no 'turns'; add at least one '- user: ...' turn.", Assert.Single(ex.Errors).ToString());
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("50%", 0.5)]
    [InlineData("1", 1.0)]
    [InlineData("0", 0.0)]
    public void Load_MinCoverage_IsAShareAndRoundTripsThroughTheYamlWriter(string text, double expected)
    {
        var yaml = $$"""
            suite: demo
            category: x
            scenarios:
              - id: a
                turns: [{ user: hi }]
                expect: { must_have: [mbc.systemic-first], min_coverage: "{{text}}" }
            """;

        var scenario = Assert.Single(SuiteLoader.Load("cov.yaml", yaml).Scenarios);
        var again = Assert.Single(SuiteLoader.Load("again.yaml", SuiteYamlWriter.Write(SuiteLoader.Load("cov.yaml", yaml))).Scenarios);

        Assert.Equal(expected, scenario.Expect.MinCoverage);
        Assert.Equal(expected, again.Expect.MinCoverage);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("half")]
    [InlineData("-0.1")]
    public void Load_MinCoverage_OutsideZeroToOne_NamesTheLine(string text)
    {
        var yaml = $$"""
            suite: demo
            category: x
            scenarios:
              - id: a
                turns: [{ user: hi }]
                expect:
                  min_coverage: "{{text}}"
            """;

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("cov.yaml", yaml));

        Assert.Equal($"cov.yaml:7:21: 'min_coverage' of scenario 'a' must be a share from 0 to 1 (such as 0.5) or a percentage (50%), not '{text}'.", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_SeveralProblems_AreReportedTogetherInFileOrder()
    {
        const string yaml = """
            suite: demo
            category: x
            scenarios:
              - id: a
                turns: [{ user: hi }, { assistant: last word }]
              - id: Bad Id
                turns: [{ user: hi }]
              - id: c
                turns: [{ user: hi }]
                expect:
                  disclaimer: maybe
                  kind: emergancy
                  rubric:
                    - { criterion: Says something, points: 0 }
            """;

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("many.yaml", yaml));

        Assert.Equal(5, ex.Errors.Count);
        Assert.Collection(
            ex.Errors,
            e => Assert.Equal("many.yaml:5:27: the last turn of scenario 'a' must be a user turn: the answer under test replies to it.", e.ToString()),
            e => Assert.Equal("many.yaml:6:9: scenario id 'Bad Id' must use lower-case letters, digits, '.', '_' and '-' only.", e.ToString()),
            e => Assert.Equal("many.yaml:11:19: 'disclaimer' of scenario 'c' must be one of 'required', 'consult', 'not-advice', 'optional', not 'maybe'.", e.ToString()),
            e => Assert.StartsWith("many.yaml:12:13: 'kind' of scenario 'c' must be one of guideline, non-guideline, truncated, emergency, dosing, benign, harmful, not 'emergancy'; did you mean 'emergency'?", e.ToString(), StringComparison.Ordinal),
            e => Assert.Equal("many.yaml:14:48: 'points' of a rubric item of scenario 'c' must be between -10 and 10 and not 0.", e.ToString()));
        Assert.Contains("5 input errors", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFiles_SameIdInTwoFiles_IsAnError()
    {
        using var dir = new TempDir();
        var a = dir.Write("a.yaml", "suite: a\ncategory: x\nscenarios:\n  - id: shared\n    turns: [{ user: hi }]\n");
        var b = dir.Write("b.yaml", "suite: b\ncategory: x\nscenarios:\n  - id: shared\n    turns: [{ user: hi }]\n");

        var ex = Assert.Throws<InputException>(() => SuiteLoader.LoadFiles([a, b]));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(b, error.Location.File);
        Assert.Contains($"first defined at {a}:4:5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadPath_MissingPath_SaysSo()
    {
        var ex = Assert.Throws<InputException>(() => SuiteLoader.LoadPath("/nonexistent/suites"));

        Assert.Contains("no such suite file or folder", ex.Message, StringComparison.Ordinal);
    }
}
