using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Guidelines;

public sealed class KnowledgeBaseLoaderTests
{
    [Fact]
    public void LoadPath_BundledKnowledgeBase_EveryStatementHasASource()
    {
        var kb = KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines"));

        Assert.True(kb.TryGet("mbc.systemic-first", out var systemic));
        Assert.Equal(StatementKind.Guideline, systemic.Kind);
        Assert.True(kb.TryGet("claim.surgery-cures-metastatic", out var claim));
        Assert.Equal(StatementKind.Unsafe, claim.Kind);
        Assert.All(kb.Statements, s => Assert.False(string.IsNullOrWhiteSpace(s.Source.Title)));
    }

    [Fact]
    public void LoadPath_BundledSuites_ReferenceOnlyKnownStatements()
    {
        var kb = KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines"));
        var suites = SuiteLoader.LoadPath(RepoPaths.Of("scenarios", "suites"));

        var dangling = suites.SelectMany(s => s.Scenarios)
            .SelectMany(s => s.Expect.MustHave.Concat(s.Expect.MustNot).Select(id => $"{s.Id} -> {id}"))
            .Where(r => !kb.TryGet(r[(r.IndexOf("-> ", StringComparison.Ordinal) + 3)..], out _))
            .ToList();

        Assert.Empty(dangling);
    }

    [Fact]
    public void Load_MissingSourceAndBadKind_AreReportedTogether()
    {
        const string yaml = """
            statements:
              - id: a
                kind: maybe
                text: Something.
              - id: b
                kind: guideline
                text: Something else.
                source: { title: X }
            """;

        var ex = Assert.Throws<InputException>(() => KnowledgeBaseLoader.Load("kb.yaml", yaml));

        Assert.Equal(
            [
                "kb.yaml:3:11: 'kind' of statement 'a' must be 'guideline' or 'unsafe', not 'maybe'.",
                "kb.yaml:2:5: statement 'a' has no 'source'; add source: { title: ..., year: ..., section: ... }.",
                "kb.yaml:8:13: the source of statement 'b' is missing 'year'; add 'year: ...'.",
            ],
            ex.Errors.Select(e => e.ToString()));
    }
}
