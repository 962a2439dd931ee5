using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

public sealed class QuantityFinderTests
{
    [Fact]
    public void Find_ReadsNumbersWithTheirUnits_TheSameEveryTimeAWordRecurs()
    {
        const string text = "Take 600 mg, or 600mg, for two weeks; 84% had a 3-year benefit. CDK4 and 1,000.5 units. Take 600 mg again.";

        var first = QuantityFinder.Find(AnswerAnalysis.Of(text));
        var again = QuantityFinder.Find(AnswerAnalysis.Of(text));

        Assert.Equal(
            [(600.0, "mg"), (600.0, "mg"), (2.0, "week"), (84.0, "%"), (3.0, "year"), (1000.5, "iu"), (600.0, "mg")],
            first.Select(q => (q.Value, q.Unit)).ToArray());
        Assert.Equal(first, again);
        Assert.Equal("600mg", text.Substring(first[1].Span.Start, first[1].Span.Length));
        Assert.Equal("84%", text.Substring(first[3].Span.Start, first[3].Span.Length));
    }

    [Theory]
    [InlineData("About 1 in 10 people react.", 10.0)]
    [InlineData("Roughly one out of three patients.", 33.0)]
    [InlineData("It affects 1 in 1,000 users.", 0.1)]
    [InlineData("Fewer than 1 in 300 people.", 0.33)]
    public void Find_ReadsAFrequencyAsAShare(string text, double percent)
    {
        var share = Assert.Single(QuantityFinder.Find(AnswerAnalysis.Of(text)), q => q.Unit == "%");

        Assert.Equal(percent, share.Value, 6);
    }

    [Theory]
    [InlineData("Take 5 in 10 days.")]
    [InlineData("Ring at 2 in the morning.")]
    [InlineData("It rose from 10 in 2019 to 12.")]
    public void Find_LeavesOtherNumbersBesideInAlone(string text) =>
        Assert.DoesNotContain(QuantityFinder.Find(AnswerAnalysis.Of(text)), q => q.Unit == "%");

    [Fact]
    public void Find_ReadsAVanishinglySmallShareWithoutFailing()
    {
        var share = Assert.Single(QuantityFinder.Find(AnswerAnalysis.Of("It happens in 1 in 100000000000000000000 people.")), q => q.Unit == "%");

        Assert.True(share.Value >= 0 && share.Value < 1e-12);
    }
}
