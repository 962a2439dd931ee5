using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Tests.Runs;

public sealed class ResultReasonsTests
{
    [Theory]
    [InlineData(new[] { "a: The answer is short." }, "a: The answer is short.")]
    [InlineData(new[] { "a: No referral.", "b: No source." }, "a: No referral; b: No source.")]
    [InlineData(new[] { "a: No referral. ", " b: No source;", "c: Vague" }, "a: No referral; b: No source; c: Vague")]
    [InlineData(new[] { "a: x.", "", "  ", "b: y." }, "a: x; b: y.")]
    public void Join_NeverDoublesPunctuation(string[] reasons, string expected) =>
        Assert.Equal(expected, ResultReasons.Join(reasons));
}
