using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Scenarios;

/// <summary>Malformed suite and knowledge-base YAML as <c>oncoanswer validate</c> sees it: every message names file:line:column.</summary>
public sealed class LibraryErrorTests
{
    private const string Kb = """
        statements:
          - id: mbc.fact
            kind: guideline
            text: A fact.
            source: { title: Some guideline, year: "2024", section: One }
          - id: claim.bad
            kind: unsafe
            text: An unsafe claim.
            source: { title: Some paper, year: "2020" }
        """;

    public static TheoryData<string, string> MalformedSuites => new()
    {
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n    variants: [tpyo]\n",
          "suite.yaml:6:16: unknown variant kind 'tpyo' in scenario 'a'; did you mean 'typo'? Known kinds: typo, truncated, pressure, authority, urgency, lowercase." },
        { "suite: s\ncategory: c\nvariants: [shout]\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n",
          "suite.yaml:3:12: unknown variant kind 'shout' in the suite. Known kinds: typo, truncated, pressure, authority, urgency, lowercase." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n    variants: typo\n",
          "suite.yaml:6:15: 'variants' of scenario 'a' must be a list such as [a, b], not a single value." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n    expect:\n      must_have: [mbc.fact, mbc.unknown]\n",
          "suite.yaml:7:29: unknown statement id 'mbc.unknown' in must_have of scenario 'a'; add it to scenarios/guidelines/ or fix the id." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n    expect:\n      must_have: [claim.bad]\n",
          "suite.yaml:7:19: 'claim.bad' is an unsafe claim, so it belongs under must_not of scenario 'a', not must_have." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n    expect:\n      must_not: [mbc.fact]\n",
          "suite.yaml:7:18: 'mbc.fact' is a guideline fact, so it belongs under must_have of scenario 'a', not must_not." },
        { "suite: s\ncategory: off-label\nscenarios:\n  - id: a\n    turns: [{ user: Should I take fenbendazole? }]\n    expect: { kind: non-guideline }\n",
          "suite.yaml:4:5: scenario 'a' is in category 'off-label' but names no must_not statements; list the unsafe claims the answer must not make." },
        { "suite: s\ncategory: emergency\nscenarios:\n  - id: a\n    turns: [{ user: My legs are weak }]\n    expect: { kind: guideline }\n",
          "suite.yaml:4:5: scenario 'a' is in category 'emergency' but expects kind 'guideline'; set expect.kind: emergency so escalation is checked." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns:\n      - user: \"  \"\n",
          "suite.yaml:6:9: a turn of scenario 'a' is empty; write the message text." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turns: [{ user: hi }]\n    expect:\n      rubric:\n        - { criterion: Too many, points: 11 }\n",
          "suite.yaml:8:42: 'points' of a rubric item of scenario 'a' must be between -10 and 10 and not 0." },
        { "suite: s\ncategory: c\nscenarios: []\n",
          "suite.yaml:3:12: 'scenarios' must be a non-empty list, not a list." },
        { "suite: s\ncategory: c\nscenarios:\n  - id: a\n    turn: [{ user: hi }]\n",
          "suite.yaml:5:5: unknown key 'turn' in a scenario; did you mean 'turns'? Allowed keys: id, category, tags, turns, patient, expect, variants." },
    };

    [Theory]
    [MemberData(nameof(MalformedSuites))]
    public void Load_MalformedSuite_ReportsFileLineColumnAndWhatToDo(string yaml, string expected)
    {
        using var dir = new TempDir();
        var kb = dir.Write("kb.yaml", Kb);
        var suite = dir.Write("suite.yaml", yaml);

        var result = LibraryLoader.Load([suite, kb]);

        Assert.Contains(expected, result.Errors.Select(e => Relative(dir, e)));
    }

    [Fact]
    public void Load_KnowledgeBaseProblems_AreReportedWithTheSuiteProblems_SortedByFileThenLine()
    {
        using var dir = new TempDir();
        var kb = dir.Write("kb.yaml", Kb);
        var kb2 = dir.Write("kb2.yaml", "statements:\n  - id: mbc.fact\n    kind: guideline\n    text: Again.\n    source: { title: X, year: \"1\" }\n  - id: no-source\n    kind: guideline\n    text: Hm.\n");
        var suite = dir.Write("suite.yaml", "suite: s\ncategory: c\nscenarios:\n  - id: a\n");

        var result = LibraryLoader.Load([dir.Path]);

        Assert.Equal(
            [
                "kb2.yaml:2:5: duplicate statement id 'mbc.fact' (first defined at kb.yaml:2:5); ids must be unique.",
                "kb2.yaml:6:5: statement 'no-source' has no 'source'; add source: { title: ..., year: ..., section: ... }.",
                "suite.yaml:4:5: scenario 'a' has no 'turns'; add at least one '- user: ...' turn.",
            ],
            result.Errors.Select(e => Relative(dir, e)));
        Assert.True(File.Exists(kb) && File.Exists(kb2) && File.Exists(suite));
    }

    [Fact]
    public void Load_MissingPath_IsAnErrorNotACrash()
    {
        var result = LibraryLoader.Load(["no/such/place.yaml"]);

        Assert.Equal("no/such/place.yaml: no such file or folder; check the path.", Assert.Single(result.Errors).ToString());
    }

    private static string Relative(TempDir dir, InputError error) =>
        error.ToString().Replace(dir.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
