using System.Collections.Concurrent;
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
/// carry the meaning the scorers look for. The filters work on one word at a time, so a text is segmented by the
/// StandardTokenizer alone and each distinct word is run through the filters once and remembered (answers repeat
/// the same few thousand words); the result is the same as running the whole chain. Thread-safe.
/// </summary>
internal static class EnglishStems
{
    /// <summary>Distinct words remembered; beyond this (hostile or huge inputs) words are stemmed without being kept.</summary>
    public const int MaxCachedWords = 100_000;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Analyzer Segmenter = Analyzer.NewAnonymous((_, reader) =>
        new TokenStreamComponents(new StandardTokenizer(Version, reader) { MaxTokenLength = 255 }));

    // The same filters over one word given whole (KeywordTokenizer emits its input as a single token).
    private static readonly Analyzer WordStemmer = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private static readonly ConcurrentDictionary<string, Word> Words = new(StringComparer.Ordinal);
    private static int lastWord = -1;
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Calls <paramref name="onToken"/> with (start, end, term, stem, word number) for every word of
    /// <paramref name="text"/>: the term is the word lower-cased as written, the stem what the English chain makes of
    /// it, the number the same for every occurrence of the word as written (-1 past the cache's bound; see <see cref="WordFacts{T}"/>).
    /// </summary>
    public static void Analyze(string text, Action<int, int, string, string, int> onToken)
    {
        using var reader = new StringReader(text);
        using var stream = Segmenter.GetTokenStream("answer", reader);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = Lookup(term.Buffer.AsSpan(0, term.Length));
            onToken(offset.StartOffset, offset.EndOffset, word.Term, word.Stem, word.Number);
        }

        stream.End();
    }

    /// <summary>The stems of a phrase, in order (used to compile lexicon phrases with the same chain).</summary>
    public static IReadOnlyList<string> StemsOf(string phrase)
    {
        var stems = new List<string>();
        Analyze(phrase, (_, _, _, stem, _) => stems.Add(stem));
        return stems;
    }

    private static Word Lookup(ReadOnlySpan<char> raw)
    {
        if (WordsBySpan.TryGetValue(raw, out var known))
        {
            return known;
        }

        var text = raw.ToString();
        // The count of numbers handed out stands in for the cache's size (ConcurrentDictionary.Count takes every lock).
        return Volatile.Read(ref lastWord) < MaxCachedWords
            ? Words.GetOrAdd(text, t => new Word(t.ToLowerInvariant(), Stem(t), Interlocked.Increment(ref lastWord)))
            : new Word(text.ToLowerInvariant(), Stem(text), -1);
    }

    private static string Stem(string word)
    {
        using var reader = new StringReader(word);
        using var stream = WordStemmer.GetTokenStream("word", reader);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : word.ToLowerInvariant();
        stream.End();
        return stem;
    }

    private sealed record Word(string Term, string Stem, int Number);
}
