using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

public sealed class EnglishStemsTests
{
    public static TheoryData<string> Texts() => new()
    {
        "Talking with your oncologists helps. Doctors' advice matters: don't stop ribociclib 600 mg/day (3-year data, 84%).",
        "See https://www.nccn.org/patients or mail info@example.org; CDK4/6 inhibitors, T-DM1, 1,000.5 units, e.g. vs. etc.",
        "Emoji 🎗️ and 乳腺癌 and ひらがな and 한국어 words; Ünïcödé naïve café — “quoted” ‘single’ it's.",
        new string('x', 300) + " after a word longer than the tokenizer keeps " + new string('y', 255) + " end",
        "",
        "   \n\t  ",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Words_AreExactlyThoseLucenesStandardTokenizerEmits(string text)
    {
        var expected = LuceneWords.Of(text);

        var words = new Collect([]);
        EnglishStems.Analyze(text, ref words);

        Assert.Equal(expected, words.Words);
    }

    [Fact]
    public void EveryThread_GetsTheSameTermStemAndNumberForAWord()
    {
        const string text = "Patients' oncologists recommended Tamoxifen; the patient recommends tamoxifen, recommending rest.";
        var reference = AnswerAnalysis.Of(text).Tokens.ToArray();

        var fromThreads = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => Enumerable.Range(0, 50).Select(_ => AnswerAnalysis.Of(text).Tokens.ToArray()).ToList()))
            .ToArray();

        foreach (var analyses in fromThreads.Select(t => t.Result))
        {
            Assert.All(analyses, tokens => Assert.Equal(reference, tokens));
        }

        Assert.Equal(["recommend", "recommend", "recommend"], new[] { reference[2].Stem, reference[6].Stem, reference[8].Stem });
        Assert.Equal(reference[3].Stem, reference[7].Stem);                  // "Tamoxifen" and "tamoxifen" stem alike
        if (reference[3].Word >= 0 && reference[7].Word >= 0)
        {
            Assert.NotEqual(reference[3].Word, reference[7].Word);           // but are different words as written
        }
    }

    [Fact]
    public void AnalysingAnotherTextInsideASink_LeavesTheOuterWordsIntact()
    {
        var words = new Nested([], []);
        EnglishStems.Analyze("first second third", ref words);

        Assert.Equal(["first", "second", "third"], words.Outer);
        Assert.Equal(["inner", "word", "inner", "word", "inner", "word"], words.Inner);
    }

    private readonly record struct Collect(List<(int, int, string)> Words) : IWordSink
    {
        public void Add(int start, int end, Word word) => Words.Add((start, end, word.Raw));
    }

    private readonly record struct Nested(List<string> Outer, List<string> Inner) : IWordSink
    {
        public void Add(int start, int end, Word word)
        {
            Outer.Add(word.Term);
            var inner = new Collect([]);
            EnglishStems.Analyze("inner word", ref inner);
            Inner.AddRange(inner.Words.Select(w => w.Item3));
        }
    }
}
