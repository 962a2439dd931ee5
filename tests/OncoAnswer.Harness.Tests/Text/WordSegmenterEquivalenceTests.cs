using System.Text;
using System.Text.Json;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

/// <summary>
/// EnglishStems segments most of a text itself and hands only the stretches it cannot settle to Lucene's scanner; these
/// tests hold its words (offsets and text) to exactly those of Lucene's StandardTokenizer run over the whole text.
/// </summary>
public sealed class WordSegmenterEquivalenceTests
{
    // Characters around which the tokenizer's word-boundary rules turn: ASCII letters and digits, every kind of mid-word
    // mark (. , ; : ' and U+00B7 U+2019 U+2024), '_' (joins words), '"' (joins Hebrew letters), whitespace of each kind,
    // punctuation that joins nothing, a combining mark and format characters (attach to what precedes them), Hebrew,
    // Katakana, Hangul, Hiragana, ideographs, Thai, full-width and Arabic-Indic digits, dashes, a degree sign, no-break
    // space, an emoji (surrogate pair) and a lone surrogate.
    private static readonly string[] Pieces =
    [
        "a", "Z", "q", "0", "7", "ab", "x9", "12", "Mg",
        ".", ",", ";", ":", "'", "\u00B7", "\u2019", "\u2024", "\uFE52", "_", "\"",
        " ", " ", " ", "\n", "\r\n", "\t", "\v", "\f", "\u0085", "\u2028", "\u00A0", "\u3000",
        "-", "/", "(", ")", "@", "%", "#", "&", "+", "!", "?", "*", "<", "~", "\u0000", "\u001F", "\u007F",
        "\u0301", "\u00AD", "\u200D", "\u200B", "\uFEFF",
        "\u05D0", "\u05D1", "\u30AB", "\u30FC", "\uD55C", "\u3072", "\u4E2D", "\u0E01", "\uFF11", "\u0661", "\u00E9",
        "\u2014", "\u2013", "\u00B0", "\u201C", "\uD83C\uDF97", "\uD83C",
    ];

    [Fact]
    public void BundledAnswers_AreSegmentedExactlyAsLucene()
    {
        var answers = Directory.GetFiles(RepoPaths.Of("scenarios", "answers"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("answer").GetString()!)
            .ToList();

        Assert.True(answers.Count > 50, "the bundled answers were not found");
        foreach (var answer in answers)
        {
            AssertSameWords(answer);
            AssertSameWords(TextNormalizer.Normalize(answer, []));
        }
    }

    [Fact]
    public void ScenarioLexiconAndGuidelineFiles_AreSegmentedExactlyAsLucene()
    {
        var files = new[] { "suites", "guidelines", "lexicons" }
            .SelectMany(folder => Directory.GetFiles(RepoPaths.Of("scenarios", folder)))
            .Append(RepoPaths.Of("seeds", "000_2d59ad5f8be50b1a.txt"))
            .ToList();

        Assert.True(files.Count > 20, "the scenario files were not found");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            AssertSameWords(text);
            foreach (var line in text.Split('\n'))
            {
                AssertSameWords(line);
            }
        }
    }

    [Theory]
    [InlineData("don't stop; it's 1,000.5 mg e.g. vs. etc. a.b.c 3.5mg 10:30 U.S. x_y _a a_ 4.5.6 1,2,3 a,b a;b 1;2 a:b 1:2 a'1 1'a")]
    [InlineData("end.")]
    [InlineData("end'")]
    [InlineData("a.")]
    [InlineData(".a")]
    [InlineData("a..b 1..2 a.'b 1,.2 a.\u0301b a\u0301.b a.\"b \u05D0\"\u05D1 \u05D0' a\u00ADb")]
    [InlineData("CDK4/6 T-DM1 HER2-positive 38 \u00B0C (ER+/HER2\u2212) \u201Cquoted\u201D it\u2019s 5\u00A0mg \u30AB\u30BF\u30AB\u30CA")]
    public void TrickyShapes_AreSegmentedExactlyAsLucene(string text) => AssertSameWords(text);

    [Fact]
    public void GeneratedStringsOfTrickyCharacters_AreSegmentedExactlyAsLucene()
    {
        var random = new Random(20261126);
        var text = new StringBuilder();
        for (var n = 0; n < 30_000; n++)
        {
            text.Clear();
            var length = random.Next(1, n % 10 == 0 ? 60 : 12);
            for (var i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSameWords(text.ToString());
        }
    }

    [Fact]
    public void GeneratedSentencesOfWordsAndMarks_AreSegmentedExactlyAsLucene()
    {
        // Word-like strings: runs of letters and digits between marks, as prose, numbers and abbreviations are.
        string[] runs = ["the", "Dose", "mg", "5", "10", "HER2", "e", "g", "x1", "A", "400", "vs", "don", "t", "s"];
        string[] marks = [" ", " ", " ", ". ", ", ", ".", ",", ";", ":", "'", "\u2019", "-", "/", "_", "\n", "(", ")", "\u00E9", "\u0301", "\u2014", "\"", "\u00B0"];
        var random = new Random(7);
        var text = new StringBuilder();
        for (var n = 0; n < 20_000; n++)
        {
            text.Clear();
            var parts = random.Next(1, 16);
            for (var i = 0; i < parts; i++)
            {
                text.Append(runs[random.Next(runs.Length)]);
                if (random.Next(4) > 0)
                {
                    text.Append(marks[random.Next(marks.Length)]);
                }
            }

            AssertSameWords(text.ToString());
        }
    }

    [Fact]
    public void WordsLongerThanTheBound_AreSkippedAsLuceneSkipsThem()
    {
        foreach (var length in new[] { 254, 255, 256, 300, 5000 })
        {
            var word = new string('w', length - 3) + "a1b";
            AssertSameWords(word);
            AssertSameWords("before " + word + " after");
            AssertSameWords("before " + word + ".5 after");
            AssertSameWords("x'" + word + "'s");
        }
    }

    [Fact]
    public void AnalysingAnotherTextInsideASink_WhileLuceneReadsAStretch_LeavesBothIntact()
    {
        // Lucene's scanner reads "naïve/café" and "(1,000.5/2" as stretches of two words; the sink analyses such a text at every word meanwhile.
        const string outer = "Please don't stop, e.g. a naïve/café (1,000.5/2 mg) x_y/z.";
        const string inner = "it's n\u00E9e 3.5mg";
        var words = new Nested([], []);
        EnglishStems.Analyze(outer, ref words);

        Assert.Equal(LuceneWords.Of(outer).SelectMany(SplitAttachedUnit), words.Outer);
        var innerWords = LuceneWords.Of(inner).SelectMany(SplitAttachedUnit).Select(w => w.Item3).ToList();
        Assert.Equal(Enumerable.Repeat(innerWords, words.Outer.Count).SelectMany(w => w), words.Inner);
    }

    [Theory]
    [InlineData("difficulty concentrating.Memory loss", "concentrating", "Memory")]
    [InlineData("in the future.If you", "future", "If")]
    [InlineData("see the nose.Nasal sprays", "nose", "Nasal")]
    public void AFullStopJoiningTwoSentences_SeparatesTheirWords(string text, string before, string after)
    {
        var words = new Collect([]);
        EnglishStems.Analyze(text, ref words);

        var terms = words.Words.Select(w => w.Item3).ToList();
        Assert.Contains(before, terms);
        Assert.Contains(after, terms);
    }

    [Theory]
    [InlineData("visit NCCN.org today", "NCCN.org")]
    [InlineData("ASP.NET and Node.JS", "ASP.NET")]
    [InlineData("dose 3.5 mg", "3.5")]
    [InlineData("i.e.For", "i.e.For")]
    public void ADotInsideAName_KeepsItOneWord(string text, string word)
    {
        var words = new Collect([]);
        EnglishStems.Analyze(text, ref words);

        Assert.Contains(word, words.Words.Select(w => w.Item3));
    }

    private static void AssertSameWords(string text)
    {
        // Lucene's words, with two departures: a full stop joining two sentences ("the.Dose") separates their words, and
        // a number with a dose unit attached ("40mg") is the number and the unit.
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var from = i;
            while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            if (text[i] == '.' && SentenceSplitter.JoinedSentences(text, from, i))
            {
                chars[i] = ' ';
            }
        }

        var expected = LuceneWords.Of(new string(chars)).SelectMany(SplitAttachedUnit).ToList();
        var words = new Collect([]);
        EnglishStems.Analyze(text, ref words);
        if (!expected.SequenceEqual(words.Words))
        {
            Assert.Fail($"Words of {JsonSerializer.Serialize(text)} differ from Lucene's:\n expected {string.Join(" ", expected)}\n actual   {string.Join(" ", words.Words)}");
        }
    }

    private static IEnumerable<(int, int, string)> SplitAttachedUnit((int Start, int End, string Raw) word)
    {
        var m = AttachedUnit.Match(word.Raw);
        return m.Success
            ? [(word.Start, word.Start + m.Groups[1].Length, m.Groups[1].Value), (word.Start + m.Groups[1].Length, word.End, m.Groups[2].Value)]
            : [word];
    }

    private static readonly System.Text.RegularExpressions.Regex AttachedUnit = new(@"^([0-9]+(?:[.,][0-9]+)*)(mg|mcg|ug|ml|g|kg|iu|gy)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly record struct Nested(List<(int, int, string)> Outer, List<string> Inner) : IWordSink
    {
        public void Add(int start, int end, Word word)
        {
            Outer.Add((start, end, word.Raw));
            var inner = new Collect([]);
            EnglishStems.Analyze("it's n\u00E9e 3.5mg", ref inner);
            Inner.AddRange(inner.Words.Select(w => w.Item3));
        }
    }

    private readonly record struct Collect(List<(int, int, string)> Words) : IWordSink
    {
        public void Add(int start, int end, Word word) => Words.Add((start, end, word.Raw));
    }
}
