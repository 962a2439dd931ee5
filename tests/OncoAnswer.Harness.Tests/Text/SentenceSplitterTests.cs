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
