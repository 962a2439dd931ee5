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
    /// The words are those Lucene's StandardTokenizer (version 4.8, max token length <see cref="MaxWordLength"/>) emits.
    /// Most of an English answer is settled without it: a run of ASCII letters and digits followed by whitespace, by
    /// ASCII punctuation that joins nothing, or by a mid-word mark (. , ; : ') that is itself followed by such a
    /// character is one word under every rule of the tokenizer's grammar (UAX#29 word boundaries), and the marks that
    /// join nothing are skipped as the tokenizer does. Anything else (non-ASCII, '_', a mark between letters or digits,
    /// as in "don't", "e.g." or "1,000.5") sends the stretch up to the next whitespace to Lucene's own scanner: no word
    /// of its grammar holds whitespace, so the scanner reads that stretch exactly as it would read it in the whole text.
    /// Two departures: a full stop joining two sentences without a space ("concentrating.Memory") ends the stretch, so
    /// the words on either side are two words, as the sentence splitter makes them two sentences; and a number with a
    /// dose unit attached ("40mg") is two words, the number and the unit, as "40 mg" is.
    /// WordSegmenterEquivalenceTests compares both ways on the bundled answers, scenario texts and generated strings.
    /// </remarks>
    public static void Analyze<TSink>(string text, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var words = local ??= new LocalWords();
        var chars = text.AsSpan();
        var kinds = AsciiKinds;
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            if (c < 128)
            {
                var kind = kinds[c];
                if (kind <= Mid)
                {
                    i++; // joins nothing, or a mid-word mark where no word can start
                    continue;
                }

                if (kind == AlphaNumeric)
                {
                    var hash = 2166136261u;
                    var j = i;
                    do
                    {
                        hash = (hash ^ c) * 16777619u;
                        if (++j == chars.Length)
                        {
                            break;
                        }

                        c = chars[j];
                    }
                    while (c < 128 && kinds[c] == AlphaNumeric);

                    if (EndsWord(chars, j))
                    {
                        if (j - i <= MaxWordLength)
                        {
                            Emit(words, chars.Slice(i, j - i), (int)(hash ^ (hash >> 15)), i, ref sink);
                        }

                        i = j;
                        continue;
                    }
                }
            }

            i = AnalyzeWithLucene(text, i, words, ref sink);
        }
    }

    /// <summary>
    /// Whether a run of ASCII letters and digits ending before <paramref name="end"/> is a whole word whatever came
    /// before it: the next character joins nothing, or is a mid-word mark followed by a character that joins nothing.
    /// </summary>
    private static bool EndsWord(ReadOnlySpan<char> chars, int end)
    {
        if (end == chars.Length)
        {
            return true;
        }

        var c = chars[end];
        if (c >= 128)
        {
            return false;
        }

        var kind = AsciiKinds[c];
        if (kind == Joins)
        {
            return true;
        }

        if (kind != Mid)
        {
            return false;
        }

        if (end + 1 == chars.Length)
        {
            return true;
        }

        var next = chars[end + 1];
        return next < 128 && AsciiKinds[next] <= Mid;
    }

    /// <summary>Lucene's scanner over the stretch from <paramref name="start"/> to the next whitespace; returns where the stretch ends.</summary>
    private static int AnalyzeWithLucene<TSink>(string text, int start, LocalWords words, ref TSink sink)
        where TSink : struct, IWordSink
    {
        // The stretch also ends at a full stop that joins two sentences without a space ("future.If you"): the words
        // on either side are read apart, as the sentence splitter reads the sentences.
        var end = start + 1;
        while (end < text.Length && !IsWhitespace(text[end]) && !(text[end] == '.' && SentenceSplitter.JoinedSentences(text, start, end)))
        {
            end++;
        }

        var scanner = words.TakeScanner();
        try
        {
            scanner.Reader.Reset(text, start, end);
            scanner.Scanner.YyReset(scanner.Reader);
            while (scanner.Scanner.GetNextToken() != StandardTokenizerInterface.YYEOF)
            {
                var length = scanner.Scanner.YyLength;
                if (length > MaxWordLength)
                {
                    continue;
                }

                // No char filter: the word is the text at the scanner's offset (the scanner copies it from there).
                var at = start + scanner.Scanner.YyChar;
                var raw = text.AsSpan(at, length);
                Emit(words, raw, LocalWords.Hash(raw), at, ref sink);
            }
        }
        finally
        {
            words.ReturnScanner(scanner);
        }

        return end;
    }

    private static void Emit<TSink>(LocalWords words, ReadOnlySpan<char> raw, int hash, int start, ref TSink sink)
        where TSink : struct, IWordSink
    {
        // A dose written with its unit attached ("40mg", "2.5ml") is two words, as "40 mg" is: the number and its unit.
        if (char.IsAsciiDigit(raw[0]) && UnitCut(raw) is > 0 and var cut)
        {
            Emit(words, raw[..cut], LocalWords.Hash(raw[..cut]), start, ref sink);
            Emit(words, raw[cut..], LocalWords.Hash(raw[cut..]), start + cut, ref sink);
            return;
        }

        var word = words.Find(raw, hash);
        if (word is null)
        {
            word = Lookup(raw);
            if (word.Number >= 0)
            {
                words.Add(word, hash);
            }
        }

        sink.Add(start, start + raw.Length, word);
    }

    /// <summary>Where the unit of a number with a dose unit attached starts ("40mg" → 2), or 0 when the word is not one.</summary>
    private static int UnitCut(ReadOnlySpan<char> raw)
    {
        var cut = 1;
        while (cut < raw.Length && (char.IsAsciiDigit(raw[cut]) || (raw[cut] is '.' or ',' && cut + 1 < raw.Length && char.IsAsciiDigit(raw[cut + 1]))))
        {
            cut++;
        }

        var unit = raw[cut..];
        return unit.Length is > 0 and <= 3 && DoseUnits.Contains(unit.ToString().ToLowerInvariant()) ? cut : 0;
    }

    private static readonly HashSet<string> DoseUnits = new(StringComparer.Ordinal) { "mg", "mcg", "ug", "ml", "g", "kg", "iu", "gy" };

    private static bool IsWhitespace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\v' or '\f';

    // What an ASCII character does in the tokenizer's grammar, ordered so that "joins nothing here" is kind <= Mid.
    private const byte Joins = 0;      // whitespace and punctuation that is never inside a word (" counts: it joins only Hebrew letters)
    private const byte Mid = 1;        // . , ; : ' — inside a word only between letters or digits
    private const byte AlphaNumeric = 2;
    private const byte Other = 3;      // '_' (joins words and numbers, may start a word): left to Lucene

    private static readonly byte[] AsciiKinds = MakeAsciiKinds();

    private static byte[] MakeAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            kinds[c] = char.IsAsciiLetterOrDigit((char)c) ? AlphaNumeric : c is '.' or ',' or ';' or ':' or '\'' ? Mid : c == '_' ? Other : Joins;
        }

        return kinds;
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
            scanner.Reader.Reset(string.Empty, 0, 0); // let go of the text
            idle = scanner;
        }
    }

    /// <summary>Lucene's StandardTokenizer scanner and a reader over a stretch of a text.</summary>
    private sealed class WordScanner
    {
        public StandardTokenizerImpl Scanner { get; } = new(TextReader.Null);

        public StretchReader Reader { get; } = new();
    }

    /// <summary>Reads [start, end) of a string without copying it first.</summary>
    private sealed class StretchReader : TextReader
    {
        private string text = string.Empty;
        private int position;
        private int end;

        public void Reset(string text, int start, int end)
        {
            this.text = text;
            position = start;
            this.end = end;
        }

        public override int Peek() => position < end ? text[position] : -1;

        public override int Read() => position < end ? text[position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(buffer.Length, end - position);
            text.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }
    }
}
