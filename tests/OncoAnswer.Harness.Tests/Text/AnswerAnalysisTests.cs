using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

public sealed class AnswerAnalysisTests
{
    [Fact]
    public void ANumberedListItemsNumber_IsNotAWordOfItsSentence_ButOtherNumbersAre()
    {
        var analysis = AnswerAnalysis.Of("Options:\n1. Using acupuncture helps.\n  2) Take 400 mg.\nStep 3. Rest.");

        Assert.Equal(["options", "using", "acupuncture", "helps", "take", "400", "mg", "step", "3", "rest"], analysis.Tokens.Select(t => t.Term));
        Assert.Equal("using", analysis.Tokens[analysis.TokenRange(1).Start.Value].Term);
    }

    [Fact]
    public void SameWord_HasOneNumber_WhereverItStands()
    {
        var first = AnswerAnalysis.Of("Talk with your oncologist. Talk again.");
        var second = AnswerAnalysis.Of("Please talk with your oncologist.");

        Assert.Equal(first.Tokens[0].Word, first.Tokens[4].Word);   // "Talk" twice
        Assert.Equal(first.Tokens[3].Word, second.Tokens[4].Word);  // "oncologist" in another answer
        if (first.Tokens[0].Word >= 0 && second.Tokens[1].Word >= 0)
        {
            // Numbered (the stem cache is process-wide and bounded; other tests may have filled it with random words).
            Assert.NotEqual(first.Tokens[0].Word, second.Tokens[1].Word); // "talk" is another word as written
        }
    }

    [Fact]
    public void WordFacts_AreComputedOncePerNumberedWord_AndEveryTimeForOthers()
    {
        var calls = 0;
        var facts = new WordFacts<int>(t => { Interlocked.Increment(ref calls); return t.Stem.Length; });
        Token Word(string stem, int number) => new Token(0, new TextSpan(0, stem.Length), stem, stem, 0, 0) { Word = number };
        var tokens = Enumerable.Range(0, 300).Select(i => Word(new string('a', 1 + (i % 30)), i % 30)).ToList();

        var lengths = tokens.AsParallel().Select(t => facts.Of(t)).ToList();
        var afterFirstPass = calls;
        var again = tokens.Select(t => facts.Of(t)).ToList();

        Assert.Equal(tokens.Select(t => t.Stem.Length), lengths);
        Assert.Equal(lengths, again);
        Assert.InRange(afterFirstPass, 30, 300);   // at least once per word; racing threads may compute one twice
        Assert.Equal(afterFirstPass, calls);       // every word known now: nothing computed again
        Assert.Equal(5, facts.Of(Word("abcde", -1)));
        Assert.Equal(5, facts.Of(Word("abcde", -1)));
        Assert.Equal(afterFirstPass + 2, calls);   // a word without a number is computed each time
        Assert.Equal(3, facts.Of(Word("abc", 5000))); // a number past the arrays grows them
    }

    [Fact]
    public void Tokens_CarryTheWordAsWrittenLowerCased_AndTheSameStemEveryTime()
    {
        const string text = "Patients' Oncologists' advice: Kisqali (ribociclib) isn't CURING; doctors' doses differ. Talking, talked, talks.";

        var first = AnswerAnalysis.Of(text);
        var again = AnswerAnalysis.Of(text.ToUpperInvariant());

        Assert.All(first.Tokens, t => Assert.Equal(text.Substring(t.Span.Start, t.Span.Length).ToLowerInvariant(), t.Term));
        Assert.Equal(first.Tokens.Select(t => t.Stem), again.Tokens.Select(t => t.Stem));
        Assert.Equal(["talk", "talk", "talk"], first.Tokens.TakeLast(3).Select(t => t.Stem).ToArray());
        Assert.Equal("oncologist", first.Tokens[1].Stem);
        Assert.Equal("isn't", first.Tokens.Single(t => t.Term.StartsWith("isn", StringComparison.Ordinal)).Term);
    }

    [Fact]
    public void Of_TokensCarryLuceneStemsAndExactOffsets()
    {
        const string answer = "Talking with your oncologists helps. Doctors’ advice matters.";

        var analysis = AnswerAnalysis.Of(answer);

        var talking = analysis.Tokens[0];
        Assert.Equal("talk", talking.Stem);
        Assert.Equal("Talking", answer.Substring(talking.Span.Start, talking.Span.Length));
        Assert.Equal("oncologist", analysis.Tokens.Single(t => t.Term == "oncologists").Stem);
        Assert.Equal("doctor", analysis.Tokens.Single(t => t.Term.StartsWith("doctor", StringComparison.Ordinal)).Stem);
        Assert.Equal(1, analysis.Tokens[^1].Sentence);
    }

    [Fact]
    public void ScopeOver_GivesTheFirstCoveringScopeOfTheKind_AsAScanOfAllScopesWould()
    {
        var analysis = AnswerAnalysis.Of("Some websites claim that \"fenbendazole is not toxic\", but it is not proven and never safe. It helps no one.");

        Assert.NotEmpty(analysis.Scopes);
        foreach (var kind in Enum.GetValues<ScopeKind>())
        {
            for (var t = -1; t <= analysis.Tokens.Count; t++)
            {
                var scan = analysis.Scopes.FirstOrDefault(s => s.Kind == kind && s.Covers(t));
                Assert.Same(scan, analysis.ScopeOver(kind, t));
                var second = analysis.Scopes.Where(s => s.Kind == kind && s.Covers(t)).Skip(1).FirstOrDefault();
                Assert.Same(second, analysis.ScopeOver(kind, t, s => ReferenceEquals(s, scan)));
            }
        }
    }

    [Fact]
    public void NegationScope_CoversTheRestOfTheClauseOnly()
    {
        var analysis = AnswerAnalysis.Of("You don't need to see your doctor, but call the clinic today.");

        int Index(string term) => analysis.Tokens.Single(t => t.Term == term).Index;
        Assert.NotNull(analysis.ScopeOver(ScopeKind.Negation, Index("doctor")));
        Assert.Null(analysis.ScopeOver(ScopeKind.Negation, Index("clinic")));
    }

    [Fact]
    public void ReportedSpeechAndQuotes_AreScopes()
    {
        var analysis = AnswerAnalysis.Of("Some websites claim fenbendazole cures cancer. Ask: \"Is a trial right for me?\" Then decide.");

        int Index(string term) => analysis.Tokens.Single(t => t.Term == term).Index;
        Assert.NotNull(analysis.ScopeOver(ScopeKind.Reported, Index("cures")));
        Assert.NotNull(analysis.ScopeOver(ScopeKind.Quote, Index("trial")));
        Assert.Null(analysis.ScopeOver(ScopeKind.Quote, Index("decide")));
    }

    [Fact]
    public void HedgeScope_FollowsMayAndMight()
    {
        var analysis = AnswerAnalysis.Of("Acupuncture may ease joint pain.");

        Assert.NotNull(analysis.ScopeOver(ScopeKind.Hedge, analysis.Tokens.Single(t => t.Term == "ease").Index));
    }

    [Fact]
    public void Markup_IsReadAsWhiteSpace_AndOffsetsStayInTheOriginal()
    {
        const string answer = "<p>This is <b>general information</b>, not medical advice.</p><script>alert(1)</script>";

        var analysis = AnswerAnalysis.Of(answer);

        Assert.Equal(answer.Length, analysis.Normalized.Length);
        var general = analysis.Tokens.Single(t => t.Term == "general");
        Assert.Equal("general", answer.Substring(general.Span.Start, general.Span.Length));
        Assert.Contains(analysis.Notes, n => n.Contains("markup", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Tokens, t => t.Term == "script");
    }

    [Theory]
    [InlineData(@"It can cause symptoms such as:\nHeartburn\nNausea\nA dry cough")]
    [InlineData("It can cause symptoms such as:nHeartburnnNauseanA dry cough")]
    [InlineData("It can cause symptoms such as:\\nHeartburn\nNausea\\nA dry cough")]
    [InlineData("It can cause symptoms such as:\nHeartburnnNausea\nA dry cough")]
    [InlineData("It can cause symptoms such as:nHeartburn\nNauseanA dry cough")]
    public void LineBreaksThatArrivedAsText_AreLineBreaks_AndReported(string answer)
    {
        var analysis = AnswerAnalysis.Of(answer);

        Assert.Equal(answer.Length, analysis.Normalized.Length);
        Assert.Equal(["It can cause symptoms such as:", "Heartburn", "Nausea", "A dry cough"], analysis.Sentences.Select(s => s.Text.Trim()));
        Assert.Contains(analysis.Tokens, t => t.Term == "heartburn");
        Assert.Contains(analysis.Notes, n => n.Contains("line break", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Your mRNA vaccine and DNA tests are fine.")]
    [InlineData("Save it in C:\\new folder on your iPhone.")]
    [InlineData("Ask the NHS nurse about an MRI.")]
    [InlineData("An eGFR and a HbA1c are routine blood tests.")]
    [InlineData("Cisplatin causes nausea in many people.")]
    public void AnNInsideOrdinaryWriting_IsNotALineBreak(string answer)
    {
        var analysis = AnswerAnalysis.Of(answer);

        Assert.Single(analysis.Sentences);
        Assert.DoesNotContain(analysis.Notes, n => n.Contains("line break", StringComparison.Ordinal));
    }

    [Fact]
    public void LoneSurrogates_AreReplacedAndReported()
    {
        var answer = "Ask your oncologist \uD800 about this \uDC00 today.";

        var analysis = AnswerAnalysis.Of(answer);

        Assert.Equal(answer.Length, analysis.Normalized.Length);
        Assert.Contains(analysis.Notes, n => n.Contains("2 lone surrogate", StringComparison.Ordinal));
        Assert.Contains(analysis.Tokens, t => t.Term == "oncologist");
    }

    // Built in code and not enumerated at discovery: a lone surrogate survives neither an attribute nor serialization.
    public static TheoryData<string, string, int> NormalizedTexts() => new()
    {
        { "Plain text, nothing to change 🎗️.", "Plain text, nothing to change 🎗️.", 0 },
        { "Doctors\u2019 **advice** and `code`", "Doctors'   advice   and  code ", 0 },
        { "a < b and 3<4 but <br>next", "a < b and 3<4 but \n   next", 1 },
        { "#Heading then \uD800 and \u02BCquote\u2018", " Heading then \uFFFD and 'quote'", 1 },
        { "\uDC00 first, then *", "\uFFFD first, then  ", 1 },
    };

    [Theory]
    [MemberData(nameof(NormalizedTexts), DisableDiscoveryEnumeration = true)]
    public void Normalized_ChangesOnlyWhatItMust_WhereverItStands(string answer, string normalized, int notes)
    {
        var analysis = AnswerAnalysis.Of(answer);

        Assert.Equal(normalized, analysis.Normalized);
        Assert.Equal(notes, analysis.Notes.Count);
    }

    [Fact]
    public void HugeText_IsCutAtTheLimitAndFlagged()
    {
        var answer = string.Concat(Enumerable.Repeat("Talk with your oncologist about yoga. ", 150_000));

        var analysis = AnswerAnalysis.Of(answer);

        Assert.True(analysis.Truncated);
        Assert.True(analysis.Tokens[^1].Span.End <= AnswerAnalysis.MaxAnalysedLength);
        Assert.Contains(analysis.Notes, n => n.Contains("only the first", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyText_HasNoTokens()
    {
        Assert.True(AnswerAnalysis.Of("  \n ").IsEmpty);
    }
}
