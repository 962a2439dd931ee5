using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Word segmentation and stemming through Lucene.Net's English analysis chain (StandardTokenizer, English
/// possessive filter, lower-casing, Porter stemmer) without the stop-word filter, because "not", "no" and "can"
/// carry the meaning the scorers look for. The analyzer reuses its components per thread, so this is thread-safe.
/// </summary>
internal static class EnglishStems
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Analyzer Analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Calls <paramref name="onToken"/> with (start, end, stem) for every word of <paramref name="text"/>.</summary>
    public static void Analyze(string text, Action<int, int, string> onToken)
    {
        using var reader = new StringReader(text);
        using var stream = Analyzer.GetTokenStream("answer", reader);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            onToken(offset.StartOffset, offset.EndOffset, term.ToString());
        }

        stream.End();
    }

    /// <summary>The stems of a phrase, in order (used to compile lexicon phrases with the same chain).</summary>
    public static IReadOnlyList<string> StemsOf(string phrase)
    {
        var stems = new List<string>();
        Analyze(phrase, (_, _, stem) => stems.Add(stem));
        return stems;
    }
}
