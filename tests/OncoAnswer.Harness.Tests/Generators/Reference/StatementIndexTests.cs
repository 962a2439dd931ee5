using OncoAnswer.Harness.Generators.Reference;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators.Reference;

public sealed class StatementIndexTests
{
    private static readonly KnowledgeBase KnowledgeBase = KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines"));

    [Fact]
    public void Search_SurgeryQuestion_RanksTheSurgeryStatementFirst()
    {
        using var index = new StatementIndex(KnowledgeBase);

        var found = index.Search("Can surgery be done on Breast Cancer metastases", StatementKind.Guideline);

        Assert.Equal("mbc.surgery-selected-cases", found[0].Id);
        Assert.All(found, s => Assert.Equal(StatementKind.Guideline, s.Kind));
    }

    [Fact]
    public void Search_UnsafeKind_ReturnsOnlyUnsafeClaims()
    {
        using var index = new StatementIndex(KnowledgeBase);

        var found = index.Search("Does surgery cure metastatic cancer?", StatementKind.Unsafe);

        Assert.Contains(found, s => s.Id == "claim.surgery-cures-metastatic");
        Assert.All(found, s => Assert.Equal(StatementKind.Unsafe, s.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("the and of")]
    [InlineData("zzzqqq xylophone")]
    [InlineData("AND OR \"( [ } ~ * ?")]
    public void Search_NothingRelevantOrQuerySyntax_ReturnsEmpty(string question)
    {
        using var index = new StatementIndex(KnowledgeBase);

        Assert.Empty(index.Search(question, StatementKind.Guideline));
    }
}
