using OncoAnswer.Harness.Reporting.Html;

namespace OncoAnswer.Harness.Tests.Reporting;

public sealed class WordDiffTests
{
    [Theory]
    [InlineData("The cat sat on the mat.", "The dog sat on the mat.", "The <del>cat </del><ins>dog </ins>sat on the mat.")]
    [InlineData("Same text.", "Same text.", "Same text.")]
    [InlineData("a b c", "a c", "a <del>b </del>c")]
    [InlineData("Take <b>", "Take <i>", "Take <del>&lt;b&gt;</del><ins>&lt;i&gt;</ins>")]
    [InlineData("", "New answer", "<ins>New answer</ins>")]
    public void WordDiff_MarksRemovedAndAddedWords_Encoded(string before, string after, string expected) =>
        Assert.Equal(expected, WordDiff.Html(before, after).Html);

    [Fact]
    public void WordDiff_HugeDifferingMiddle_IsShownReplacedWhole_NotComputedCellByCell()
    {
        var before = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var after = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var html = WordDiff.Html(before, after).Html;

        Assert.Equal("<del>" + before + "</del><ins>" + after + "</ins>", html);
    }
}
