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

    /// <summary>Words each thread keeps in its own copy in front of the shared cache (the words answers use most come first).</summary>
    private const int MaxLocalWords = 16_384;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>StandardTokenizer's bound: longer words are skipped, as the tokenizer configured with it would.</summary>
    public const int MaxWordLength = 255;

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
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int lastWord = -1;

    // A per-thread copy in front of the shared cache: a plain dictionary answers the words a thread has seen without
    // the shared table's volatile reads. It holds the shared cache's own Word objects, so every thread gets the same
    // term, stem and number for a word.
    [ThreadStatic]
    private static LocalWords? local;

    /// <summary>
    /// Calls <paramref name="sink"/> with (start, end, word) for every word of <paramref name="text"/>: the word's term
    /// is the word lower-cased as written, its stem what the English chain makes of it, its number the same for every
    /// occurrence of the word as written (-1 past the cache's bound; see <see cref="WordFacts{T}"/>). The sink is a
    /// struct so the call per word is direct (no delegate).
    /// </summary>
    /// <remarks>
    /// The words are those Lucene's StandardTokenizer (version 4.8, max token length <see cref="MaxWordLength"/>) emits:
    /// its own scanner is driven directly, which is what the tokenizer does minus clearing and setting four token
    /// attributes per word that nothing here reads (no char filter, so offsets need no correction).
    /// </remarks>
    public static void Analyze<TSink>(string text, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var words = local ??= new LocalWords();
        var scanner = words.TakeScanner();
        try
        {
            var term = scanner.Term;
            scanner.Scanner.YyReset(new StringReader(text));
            while (scanner.Scanner.GetNextToken() != StandardTokenizerInterface.YYEOF)
            {
                if (scanner.Scanner.YyLength > MaxWordLength)
                {
                    continue;
                }

                scanner.Scanner.GetText(term);
                var raw = term.Buffer.AsSpan(0, term.Length);
                var hash = LocalWords.Hash(raw);
                var word = words.Find(raw, hash);
                if (word is null)
                {
                    word = Lookup(raw);
                    if (word.Number >= 0)
                    {
                        words.Add(word, hash);
                    }
                }

                var start = scanner.Scanner.YyChar;
                sink.Add(start, start + raw.Length, word);
            }
        }
        finally
        {
            words.ReturnScanner(scanner);
        }
    }

    /// <summary>The stems of a phrase, in order (used to compile lexicon phrases with the same chain).</summary>
    public static IReadOnlyList<string> StemsOf(string phrase)
    {
        var stems = new StemList([]);
        Analyze(phrase, ref stems);
        return stems.Stems;
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
            ? Words.GetOrAdd(text, t => new Word(t, t.ToLowerInvariant(), Stem(t), Interlocked.Increment(ref lastWord)))
            : new Word(text, text.ToLowerInvariant(), Stem(text), -1);
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

    private readonly record struct StemList(List<string> Stems) : IWordSink
    {
        public void Add(int start, int end, Word word) => Stems.Add(word.Stem);
    }

    /// <summary>
    /// A thread's words: an open-addressing table over the words' characters (no comparer calls, no string made to look
    /// a word up), at most half full, with the thread's tokenizer scanner.
    /// </summary>
    private sealed class LocalWords
    {
        private WordScanner? idle = new();
        private Word?[] slots = new Word?[1024];
        private int count;

        public static int Hash(ReadOnlySpan<char> raw)
        {
            var hash = 2166136261u;
            foreach (var c in raw)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash ^ (hash >> 15));
        }

        public Word? Find(ReadOnlySpan<char> raw, int hash)
        {
            var mask = slots.Length - 1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                var word = slots[i];
                if (word is null || word.Raw.AsSpan().SequenceEqual(raw))
                {
                    return word;
                }
            }
        }

        /// <summary>Keeps <paramref name="word"/> (not yet kept) unless the table holds <see cref="MaxLocalWords"/> already.</summary>
        public void Add(Word word, int hash)
        {
            if (count >= MaxLocalWords)
            {
                return;
            }

            if ((count + 1) * 2 > slots.Length)
            {
                var grown = new Word?[slots.Length * 2];
                foreach (var kept in slots)
                {
                    if (kept is not null)
                    {
                        Put(grown, kept, Hash(kept.Raw));
                    }
                }

                slots = grown;
            }

            Put(slots, word, hash);
            count++;
        }

        private static void Put(Word?[] table, Word word, int hash)
        {
            var mask = table.Length - 1;
            var i = hash & mask;
            while (table[i] is not null)
            {
                i = (i + 1) & mask;
            }

            table[i] = word;
        }

        /// <summary>The thread's scanner, or a new one when it is in use (a sink that analyses another text meanwhile).</summary>
        public WordScanner TakeScanner()
        {
            var scanner = idle ?? new WordScanner();
            idle = null;
            return scanner;
        }

        public void ReturnScanner(WordScanner scanner)
        {
            scanner.Scanner.YyReset(TextReader.Null); // let go of the text
            idle = scanner;
        }
    }

    /// <summary>Lucene's StandardTokenizer scanner and a term buffer to copy each word into.</summary>
    private sealed class WordScanner
    {
        public StandardTokenizerImpl Scanner { get; } = new(TextReader.Null);

        public CharTermAttribute Term { get; } = new();
    }
}
