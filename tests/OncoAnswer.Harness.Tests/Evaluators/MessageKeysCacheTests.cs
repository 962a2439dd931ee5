using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// A scenario's messages are read once per text, not once per answer scored against them (each generator, each
/// mutation, each side of a comparison): the keys are the same set, and a different message gets its own.
/// </summary>
public sealed class MessageKeysCacheTests
{
    [Fact]
    public void TheSameMessageReadForTwoAnswers_IsReadOnce()
    {
        const string message = "on ribociclib and my neutrophils came back at 0.9, do i take tomorrow's tablet";
        var first = BundledStatements.Scorer.Index.MessageKeys(AnswerAnalysis.Of(message));
        var second = BundledStatements.Scorer.Index.MessageKeys(AnswerAnalysis.Of(message));

        Assert.Same(first, second);
        Assert.Contains(first, k => k.Contains("ribociclib", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherMessage_HasItsOwnKeys()
    {
        var ribociclib = BundledStatements.Scorer.Index.MessageKeys(AnswerAnalysis.Of("is ribociclib safe with grapefruit"));
        var denosumab = BundledStatements.Scorer.Index.MessageKeys(AnswerAnalysis.Of("is denosumab safe before dental work"));

        Assert.NotSame(ribociclib, denosumab);
        Assert.DoesNotContain(denosumab, k => k.Contains("ribociclib", StringComparison.Ordinal));
    }
}
