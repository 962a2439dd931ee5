using System.Text.Json;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Text;

/// <summary>
/// The full lexicon pass skips most phrases at most tokens (first-word index, second-word check, needed words per
/// sentence); a skip that wrongly drops a match would silently weaken every safety metric. These tests compare the
/// pass with <see cref="PhraseLexicon.MatchesAt"/>, which tries every phrase of a category at a token with no index.
/// </summary>
public sealed class PhraseIndexEquivalenceTests
{
    private static List<string> Texts()
    {
        var data = new List<string>
        {
            "Please talk with your oncologist or care team before changing any dose; this is not medical advice.",
            "Take 600 mg twice a day, or 2 tablets; 1 tablet of 200 mg. It can't wait: call 911 or your doctor now.",
            "I cannot recommend that. Not a diagnosis, not tailored to you, not specific to your situation or case.",
            "Ribociclib with letrozole can help, and palliative care teams help people live better. Ask your palliative care doctor.",
            "not not not can can can't cannot doctor oncologist palliative treatment treatment treat treated",
        };
        foreach (var file in new[] { "library.jsonl", "reference.jsonl" })
        {
            foreach (var line in File.ReadLines(RepoPaths.Of("scenarios", "answers", file)))
            {
                if (line.StartsWith('{'))
                {
                    using var json = JsonDocument.Parse(line);
                    data.Add(json.RootElement.GetProperty("answer").GetString()!);
                }
            }
        }

        return data;
    }

    [Fact]
    public void FullPass_FindsExactlyWhatEveryPhraseTriedAtEveryTokenFinds()
    {
        foreach (var text in Texts())
        {
            Compare(PhraseLexicon.Embedded, text);
        }
    }

    private static void Compare(PhraseLexicon lexicon, string text)
    {
        var analysis = AnswerAnalysis.Of(text);
        var found = analysis.Matches(lexicon);

        foreach (var category in lexicon.CategoryNames.Where(c => !PhraseLexicon.OnDemandCategories.Contains(c)))
        {
            var all = found.Of(category);
            for (var i = 1; i < all.Count; i++)
            {
                Assert.True(all[i - 1].FirstToken < all[i].FirstToken || (all[i - 1].FirstToken == all[i].FirstToken && all[i - 1].LastToken >= all[i].LastToken), $"{category} out of order at {i} in: {text}");
            }

            var expected = Enumerable.Range(0, analysis.Tokens.Count).SelectMany(t => lexicon.MatchesAt(analysis, category, t)).Select(Describe).Order(StringComparer.Ordinal);
            Assert.Equal(expected, all.Select(Describe).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void ReusedWholeCategoryReferences_GiveTheSameMatchesInTheSameOrder_AsMatchingThem()
    {
        // A phrase that is only "@name" takes its matches from name's own; they must equal what the choice finds, in
        // the very order (ties of equal spans included) that matching every reference phrase gives.
        var plain = PhraseLexicon.Embedded.WithoutReusedReferences();
        foreach (var text in Texts())
        {
            CompareExactly(PhraseLexicon.Embedded, plain, text);
        }
    }

    [Fact]
    public void ReusedReferences_Nested_Tied_AndAfterUnindexedPhrases_KeepTheMatchingOrder()
    {
        // [top] references [mid] which references [drug]; ties of equal spans in one category; a reference whose
        // category starts with a number (tried after the indexed phrases) and a first-listed phrase that is not the
        // longest (the choice keeps the first option that matches, not the longest).
        var lexicon = PhraseLexicon.Parse("test", [("a.lex", string.Join('\n',
            "[drug]", "ribociclib", "ribociclib tablet", "letrozole", "(letrozole|ribociclib) *1 daily",
            "[dose]", "%num mg", "(%num|one) tablet",
            "[mid]", "ribociclib", "@drug", "(letrozole|ribociclib) tablet", "@dose",
            "[top]", "@mid", "ribociclib *2 tablet", "@drug", "(@mid|@dose)", "@dose",
            "[side]", "@top", "@top"))]);
        var text = "Take ribociclib tablet daily with letrozole, or one tablet of 600 mg; ribociclib then a tablet. Letrozole 2 tablets.";
        var plain = lexicon.WithoutReusedReferences();

        var found = CompareExactly(lexicon, plain, text);

        var analysis = AnswerAnalysis.Of(text);
        Assert.Equal(
            [
                "ribociclib tablet: ribociclib *2 tablet", "ribociclib: @drug", "ribociclib: @mid", "ribociclib: (@mid|@dose)",
                "letrozole: @drug", "letrozole: @mid", "letrozole: (@mid|@dose)",
                "one tablet: @mid", "one tablet: (@mid|@dose)", "one tablet: @dose",
                "600 mg: @dose", "600 mg: (@mid|@dose)", "600 mg: @mid",
                "ribociclib then a tablet: ribociclib *2 tablet", "ribociclib: @drug", "ribociclib: @mid", "ribociclib: (@mid|@dose)",
                "Letrozole: @drug", "Letrozole: @mid", "Letrozole: (@mid|@dose)",
                "2 tablets: @mid", "2 tablets: (@mid|@dose)", "2 tablets: @dose",
            ],
            analysis.Matches(lexicon).Of("top").Select(m => $"{analysis.Slice(m.Span)}: {m.Phrase}").ToArray());
        Assert.Contains("side", found, StringComparison.Ordinal);
    }

    private static string CompareExactly(PhraseLexicon lexicon, PhraseLexicon plain, string text)
    {
        var reused = AnswerAnalysis.Of(text).Matches(lexicon);
        var matched = AnswerAnalysis.Of(text).Matches(plain);
        Assert.Equal(matched.Categories, reused.Categories);
        var all = new List<string>();
        foreach (var category in lexicon.CategoryNames.Where(c => !PhraseLexicon.OnDemandCategories.Contains(c)))
        {
            var expected = matched.Of(category).Select(Describe).ToList();
            Assert.Equal(expected, reused.Of(category).Select(Describe).ToList());
            all.AddRange(expected);
        }

        return string.Join("\n", all);
    }

    private static string Describe(PhraseMatch m) => $"{m.Category} {m.FirstToken}-{m.LastToken} s{m.Sentence} {m.Span.Start}+{m.Span.Length} {m.Phrase} @{m.Source}";

    [Fact]
    public void MatchObjects_MadeOnFirstRead_AreSharedByConcurrentReaders_AndEqualToTheirParts()
    {
        var analysis = AnswerAnalysis.Of("Please talk with your oncologist or care team before changing any dose; this is not medical advice.");
        var matches = analysis.Matches(PhraseLexicon.Embedded);

        var reads = Enumerable.Range(0, 16).AsParallel().Select(_ => matches.Of("consult")).ToList();

        Assert.All(reads, r => Assert.Same(reads[0], r));
        var first = Assert.Single(reads[0], m => analysis.Slice(m.Span) == "talk with your oncologist");
        var (category, phrase, source, firstToken, lastToken, span, sentence) = first;
        var rebuilt = new PhraseMatch(category, phrase, source, firstToken, lastToken, span, sentence);
        Assert.Equal(first, rebuilt);
        Assert.Equal(first.GetHashCode(), rebuilt.GetHashCode());
        Assert.NotEqual(first, rebuilt with { LastToken = lastToken + 1 });
        Assert.Contains($"Category = consult, Phrase = {phrase}, Source = {source}", first.ToString(), StringComparison.Ordinal);
    }
}
