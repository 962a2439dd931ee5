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

        static string Describe(PhraseMatch m) => $"{m.Category} {m.FirstToken}-{m.LastToken} s{m.Sentence} {m.Span.Start}+{m.Span.Length} {m.Phrase} @{m.Source}";
    }

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
