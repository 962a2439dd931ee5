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
}
