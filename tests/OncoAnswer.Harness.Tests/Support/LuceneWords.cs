using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>The reference segmentation: Lucene's StandardTokenizer (4.8) over the whole text, with the analysis's word-length bound.</summary>
internal static class LuceneWords
{
    /// <summary>Each word's start and end offsets and its text, in order.</summary>
    public static List<(int, int, string)> Of(string text)
    {
        var words = new List<(int, int, string)>();
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)) { MaxTokenLength = EnglishStems.MaxWordLength };
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            words.Add((offset.StartOffset, offset.EndOffset, term.ToString()));
        }

        tokenizer.End();
        return words;
    }
}
