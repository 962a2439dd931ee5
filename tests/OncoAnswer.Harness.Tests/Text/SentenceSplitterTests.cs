using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_KeepsAbbreviationsDecimalsAndUrlsInsideSentences()
    {
        const string text = "Doses such as 2.5 mg exist, e.g. for letrozole. See NCCN.org for details! Is that clear?";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(
            ["Doses such as 2.5 mg exist, e.g. for letrozole.", "See NCCN.org for details!", "Is that clear?"],
            sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Span.Start, s.Span.Length)));
    }

    [Theory]
    [InlineData("It can affect sleep.Memory problems are common too.", "It can affect sleep.", "Memory problems are common too.")]
    [InlineData("Talk to your team in the future.If you are worried, call them.", "Talk to your team in the future.", "If you are worried, call them.")]
    [InlineData("Rest helps.Drink plenty of fluids.", "Rest helps.", "Drink plenty of fluids.")]
    [InlineData("Most people recover well!Some need more time.", "Most people recover well!", "Some need more time.")]
    [InlineData("Is it contagious?Usually not after a day.", "Is it contagious?", "Usually not after a day.")]
    public void Split_TwoSentencesJoinedWithoutASpace_AreTwoSentences(string text, string first, string second) =>
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));

    [Theory]
    [InlineData("See NCCN.org or cancer.gov for details.")]
    [InlineData("Apps built on ASP.NET or Node.JS are fine.")]
    [InlineData("Use it as directed, i.e.Twice daily.")]
    [InlineData("A dose of 2.5 mg is taken daily.")]
    [InlineData("The U.S.Food and Drug Administration approved it.")]
    [InlineData("It was compared with chemotherapy vs.Placebo in one trial.")]
    public void Split_ADotInsideANameOrNumber_DoesNotEndTheSentence(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

    [Fact]
    public void Split_LineBreaksEndSentencesAndBareBulletsAreDropped()
    {
        const string text = "Heading\n-\n- First item\r\n  Second line.  ";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["Heading", "- First item", "Second line."], sentences.Select(s => s.Text));
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Split_ANumberedListItem_KeepsItsNumberWithItsText()
    {
        const string text = "Options:\n1. Systemic therapy comes first.\n  2. Surgery is for selected cases. It is not routine.\n10. Ask about trials.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["Options:", "1. Systemic therapy comes first.", "2. Surgery is for selected cases.", "It is not routine.", "10. Ask about trials."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_EmptyText_GivesNoSentences() => Assert.Empty(SentenceSplitter.Split(" \n\t"));
}
