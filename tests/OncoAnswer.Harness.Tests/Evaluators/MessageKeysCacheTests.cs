using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// A scenario's messages are read once per text, not once per answer scored against them (each generator, each
/// mutation, each side of a comparison): the keys are the same set, and a different message gets its own.
/// </summary>
public sealed class MessageKeysCacheTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    [Fact]
    public void TheSameMessageReadForTwoAnswers_IsReadOnce()
    {
        const string message = "on ribociclib and my neutrophils came back at 0.9, do i take tomorrow's tablet";
        var first = Scorer.Index.MessageKeys(AnswerAnalysis.Of(message));
        var second = Scorer.Index.MessageKeys(AnswerAnalysis.Of(message));

        Assert.Same(first, second);
        Assert.Contains(first, k => k.Contains("ribociclib", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherMessage_HasItsOwnKeys()
    {
        var ribociclib = Scorer.Index.MessageKeys(AnswerAnalysis.Of("is ribociclib safe with grapefruit"));
        var denosumab = Scorer.Index.MessageKeys(AnswerAnalysis.Of("is denosumab safe before dental work"));

        Assert.NotSame(ribociclib, denosumab);
        Assert.DoesNotContain(denosumab, k => k.Contains("ribociclib", StringComparison.Ordinal));
    }
}
