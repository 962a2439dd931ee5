using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

public sealed class PhraseLexiconTests
{
    [Fact]
    public void Phrases_MatchStemsChoicesReferencesAndGaps()
    {
        var lexicon = PhraseLexicon.Parse("test", [("a.lex", "[team]\noncologist\ncare team\n[consult]\n(talk|speak) (to|with) * @team\n")]);

        var analysis = AnswerAnalysis.Of("Please keep talking with your own care team. Speak to oncologists.");
        var matches = analysis.Matches(lexicon).Of("consult");

        Assert.Equal(["talking with your own care team", "Speak to oncologists"], matches.Select(m => analysis.Slice(m.Span)).ToArray());
        Assert.Equal("a.lex:5", matches[0].Source);
    }

    [Fact]
    public void Choices_BacktrackIntoLaterOptions_WhenTheWordsAfterTheChoiceFail()
    {
        // "(care|care team) plan": the first option "care" leaves "team plan", which fails; the matcher must go back
        // and try "care team" so "care team plan" still matches, and gaps try the shortest skip first.
        var lexicon = PhraseLexicon.Parse("test", [("a.lex", "[team]\ncare\ncare team\n[plan]\n@team plan\n[gap]\nask * (team|plan)\n")]);

        var analysis = AnswerAnalysis.Of("Your care team plan is ready. Ask the care team about the plan.");
        var found = analysis.Matches(lexicon);

        Assert.Equal(["care team plan"], found.Of("plan").Select(m => analysis.Slice(m.Span)).ToArray());
        Assert.Equal(["Ask the care team"], found.Of("gap").Select(m => analysis.Slice(m.Span)).ToArray());
    }

    [Fact]
    public void NestedReferences_AndNumberFirstPhrases_Match()
    {
        var lexicon = PhraseLexicon.Parse("test", [("a.lex", "[who]\n(your|the) @role\n[role]\noncologist\n(breast|cancer) nurse\n[ask]\n(ask|tell) @who\n[dose]\n%num mg\n(%num|one) tablet\n")]);

        var analysis = AnswerAnalysis.Of("Ask the breast nurse, then tell your oncologist. Take 600 mg, or one tablet; 2 tablets is not advice.");
        var found = analysis.Matches(lexicon);

        Assert.Equal(["Ask the breast nurse", "tell your oncologist"], found.Of("ask").Select(m => analysis.Slice(m.Span)).ToArray());
        Assert.Equal(["600 mg", "one tablet", "2 tablets"], found.Of("dose").Select(m => analysis.Slice(m.Span)).ToArray());
    }

    [Fact]
    public void Matching_IsTheSameOnEveryThread()
    {
        var text = "Please talk with your oncologist or care team before changing any dose; this is not medical advice.";
        var expected = Describe(AnswerAnalysis.Of(text).Matches(PhraseLexicon.Embedded));

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => Describe(AnswerAnalysis.Of(text).Matches(PhraseLexicon.Embedded))).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains("consult", expected, StringComparison.Ordinal);

        static string Describe(LexiconMatches matches) => string.Join("\n", matches.Categories.Order(StringComparer.Ordinal)
            .SelectMany(c => matches.Of(c).Select(m => $"{c} {m.FirstToken}-{m.LastToken} {m.Phrase}")));
    }

    [Fact]
    public void Matches_AreComputedOncePerLexiconAndShared()
    {
        var analysis = AnswerAnalysis.Of("Talk with your oncologist.");

        Assert.Same(analysis.Matches(PhraseLexicon.Embedded), analysis.Matches(PhraseLexicon.Embedded));
    }

    [Fact]
    public void OnDemandCategory_IsMatchedOnlyWhereAsked_AndRefusedInTheFullPass()
    {
        // [dangling-end] words ("the", "for", "with") occur all over an answer; only the last word of a message matters.
        var lexicon = PhraseLexicon.Parse("test", [("a.lex", "[dangling-end]\nthe\nwith\nfor\n[team]\ncare team\n")]);
        var analysis = AnswerAnalysis.Of("Talk with the care team. Is it safe to combine it with the");

        var matches = analysis.Matches(lexicon);
        Assert.Single(matches.Of("team"));
        Assert.DoesNotContain("dangling-end", matches.Categories);
        var refused = Assert.Throws<InvalidOperationException>(() => matches.Of("dangling-end"));
        Assert.Contains("MatchesAt", refused.Message, StringComparison.Ordinal);
        // Reading its matches by number (as the evaluators do) is refused too, never an empty "no match".
        Assert.Throws<InvalidOperationException>(() => lexicon.CategoryNumber("dangling-end"));
        Assert.Throws<ArgumentException>(() => lexicon.CategoryNumber("no-such-category"));

        var last = analysis.Tokens[^1];
        var atEnd = lexicon.MatchesAt(analysis, "dangling-end", last.Index);
        Assert.Equal(["the"], atEnd.Select(m => analysis.Slice(m.Span)).ToArray());
        Assert.Equal(last.Sentence, atEnd[0].Sentence);
        Assert.Empty(lexicon.MatchesAt(analysis, "dangling-end", analysis.Tokens.First(t => t.Term == "care").Index));
        Assert.Empty(lexicon.MatchesAt(analysis, "no-such-category", last.Index));
    }

    [Fact]
    public void Phrases_DoNotCrossSentences()
    {
        var lexicon = PhraseLexicon.Parse("test", [("a.lex", "[x]\ntalk * doctor\n")]);

        Assert.Empty(AnswerAnalysis.Of("Talk. Doctor.").Matches(lexicon).Of("x"));
    }

    [Fact]
    public void Errors_NameFileLineAndColumn_AllTogether()
    {
        var ex = Assert.Throws<InputException>(() => PhraseLexicon.Parse("test", [("bad.lex", "orphan phrase\n[ok]\ntalk (to|with\nsee @nowhere\n[Bad Header]\n")]));

        Assert.Equal(4, ex.Errors.Count);
        Assert.Equal("bad.lex:1:1: a phrase before any [category] header; add a header above it.", ex.Errors[0].ToString());
        Assert.Contains(ex.Errors, e => e.Location.Line == 3 && e.Message.Contains("closing", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Location.Line == 4 && e.Message.Contains("unknown category @nowhere", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Location.Line == 5 && e.Message.Contains("header", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FolderFilesExtendTheSameCategory_SoASafetyOfficerCanAddPhrases()
    {
        using var dir = new TempDir();
        foreach (var file in Directory.GetFiles(RepoPaths.Of("scenarios", "lexicons"), "*.lex"))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }

        dir.Write("zz-local.lex", "[consult]\nhave a word with * @care-team\n");
        var lexicon = PhraseLexicon.Load(dir.Path);

        var analysis = AnswerAnalysis.Of("Have a word with your oncologist.");
        Assert.Single(analysis.Matches(lexicon).Of("consult"));
        Assert.Empty(analysis.Matches(PhraseLexicon.Embedded).Of("consult"));
    }

    [Fact]
    public void Require_MissingCategory_IsAnInputError()
    {
        var lexicon = PhraseLexicon.Parse("mine", [("a.lex", "[x]\nword\n")]);

        var ex = Assert.Throws<InputException>(() => lexicon.Require(["consult", "x"]));

        Assert.Contains("[consult]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedLexicon_EqualsTheBundledFiles()
    {
        var bundled = PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons"));

        Assert.Equal(bundled.CategoryNames, PhraseLexicon.Embedded.CategoryNames);
    }
}
