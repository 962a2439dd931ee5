using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// The faithfulness shortcuts give what the plain reading gives: the reversed-restatement check (whose bound on what one
/// sentence can restate now reads the matcher's own per-sentence unit masks) finds the reversals of the plain rule
/// (rarest unit named, restatement bound, full match), with the same match; hint-synonym credits read from per-sentence masks equal a search of each synonym word's
/// occurrences. Answers: the bundled recorded answers, and every statement restated, reversed and hedged, alone and
/// inside a longer answer. A missed reversal would let a contradicted guideline fact pass unflagged.
/// </summary>
public sealed class FaithfulnessShortcutTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    [Fact]
    public void ReversedRestatements_EqualThePlainRestatementRule()
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        var reversals = 0;
        foreach (var text in Answers())
        {
            var analysis = AnswerAnalysis.Of(text);
            var indexed = Scorer.Index.Answer(analysis);
            var expected = Scorer.Index.Checkable
                .Where(s => !indexed.Find(s.RarestUnit!.Value).IsEmpty && PlainCanRestate(s, indexed))
                .Select(s => (s.Statement, Match: FaithfulnessMatcher.Match(s, indexed)))
                .Where(p => p.Match.Verdict == StatementVerdictKind.Contradicted && p.Match.Coverage >= FaithfulnessScorer.RestatementCoverage)
                .Select(Describe)
                .ToList();

            var actual = Scorer.ReversedRestatements(analysis, none).Select(Describe).ToList();

            Assert.Equal(expected, actual);
            reversals += actual.Count;
        }

        Assert.True(reversals >= 20, $"only {reversals} reversed restatements were found; the answers no longer test the check.");
    }

    [Fact]
    public void SynonymCredits_EqualASearchOfEachWordsOccurrences()
    {
        var credited = 0;
        var denied = 0;
        var work = new FaithfulnessMatcher.Masks();
        foreach (var text in Answers())
        {
            var answer = Scorer.Index.Answer(AnswerAnalysis.Of(text));
            var n = answer.SentenceCount;
            work.Fit(n);
            foreach (var statement in Scorer.KnowledgeBase.Statements.Select(s => Scorer.Index.Statement(s.Id)!).Where(s => s.Synonyms.Length > 0))
            {
                var (agree, against) = UnitMasks(statement, answer);
                var (expectedAgree, expectedAgainst, expectedCredited) = ((ulong[])agree.Clone(), (ulong[])against.Clone(), new ulong[n]);
                PlainCredits(statement, answer, expectedAgree, expectedAgainst, expectedCredited);
                var actualCredited = new ulong[n];

                FaithfulnessMatcher.CreditSynonyms(statement, answer, agree, against, actualCredited, statement.KeyMask, work);

                Assert.Equal(expectedAgree, agree);
                Assert.Equal(expectedAgainst, against);
                Assert.Equal(expectedCredited, actualCredited);
                Assert.All(work.Same.Concat(work.Flipped), m => Assert.Equal(0UL, m));
                credited += expectedCredited.Count(m => m != 0);
                denied += Enumerable.Range(0, n).Count(s => expectedAgainst[s] != UnitMasks(statement, answer).Against[s]);
            }
        }

        Assert.True(credited >= 10 && denied >= 1, $"{credited} sentence(s) credited and {denied} denied by a synonym; the answers no longer test the credits.");
    }

    /// <summary>
    /// The restatement bound read plainly: the units one sentence names (each once), plus as many of the heaviest unit
    /// weights as there are occurrences of hint synonyms whose words all occur, reach the restatement share.
    /// </summary>
    private static bool PlainCanRestate(FaithfulnessStatement statement, FaithfulnessAnswer answer)
    {
        var needed = (FaithfulnessScorer.RestatementCoverage * statement.TotalWeight) - 1e-9;
        var credits = statement.Synonyms.Where(s => s.All(u => !answer.Find(u).IsEmpty)).Sum(s => answer.Find(s[0]).Length);
        var extra = credits <= 0 ? 0 : credits >= statement.Weights.Length ? statement.Weights.Sum() : statement.Weights.OrderDescending().Take(credits).Sum();
        var named = Enumerable.Range(0, statement.Units.Length).Where(i => !answer.Find(statement.Units[i]).IsEmpty).Sum(i => statement.Weights[i]);
        if (named + extra < needed)
        {
            return false;
        }

        var best = Enumerable.Range(0, answer.SentenceCount)
            .Select(sentence => Enumerable.Range(0, statement.Units.Length)
                .Where(i => answer.Find(statement.Units[i]).ToArray().Any(o => o.Sentence == sentence))
                .Aggregate(0.0, (sum, i) => sum + statement.Weights[i]))
            .Max();
        return best + extra >= needed;
    }

    private static string Describe((GuidelineStatement Statement, StatementMatch Match) found) =>
        $"{found.Statement.Id} {found.Match.Verdict} {found.Match.Coverage:R} {found.Match.Why} {string.Join(",", found.Match.Evidence)}";

    /// <summary>Recorded answers, then each statement restated, reversed and hedged, alone and amid a longer answer.</summary>
    private static IEnumerable<string> Answers()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Of("scenarios", "answers"), "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith('{')))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("answer", out var answer) && answer.GetString() is { } text)
                {
                    yield return text;
                }
            }
        }

        var statements = Scorer.KnowledgeBase.Statements.Select(s => s.Text).ToList();
        var reversed = statements.Select(t => "It is not true that " + char.ToLowerInvariant(t[0]) + t[1..]).ToList();
        foreach (var text in statements.Concat(reversed).Concat(statements.Select(t => "Some people say that " + t)))
        {
            yield return text;
        }

        // Statements with other numbers ("400 mg" where they say "600 mg"): a conflicting number contradicts too.
        foreach (var text in statements.Where(t => t.Any(char.IsAsciiDigit)))
        {
            yield return System.Text.RegularExpressions.Regex.Replace(text, "[0-9]+", m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) * 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Hint synonyms split up: the first word without the rest, the rest in the next sentence or denied beside it.
        foreach (var synonym in Scorer.KnowledgeBase.Statements.SelectMany(s => s.Synonyms).Where(s => s.Contains(' ', StringComparison.Ordinal)))
        {
            var cut = synonym.IndexOf(' ', StringComparison.Ordinal);
            var (first, rest) = (synonym[..cut], synonym[(cut + 1)..]);
            yield return $"Ask about {first} first. Then ask about {rest}.";
            yield return $"Ask about {first}, but do not ask about {rest}. Do not ask about {synonym}; ask about {synonym}.";
        }

        // A long answer: every statement, every reversal and the emergency hints denied, in one text.
        yield return string.Join(" ", statements.Zip(reversed, (s, r) => s + " " + r)) +
            " Do not go to the emergency department right away. No clinical trials have tested it.";
    }

    /// <summary>Per sentence, the statement's units found with its polarity and reversed (the first mention deciding).</summary>
    private static (ulong[] Agree, ulong[] Against) UnitMasks(FaithfulnessStatement statement, FaithfulnessAnswer answer)
    {
        var agree = new ulong[answer.SentenceCount];
        var against = new ulong[answer.SentenceCount];
        for (var i = 0; i < statement.Units.Length; i++)
        {
            foreach (var (sentence, negated) in answer.Find(statement.Units[i]).ToArray())
            {
                if (((agree[sentence] | against[sentence]) & (1UL << i)) == 0)
                {
                    (negated == statement.Units[i].Negated ? agree : against)[sentence] |= 1UL << i;
                }
            }
        }

        return (agree, against);
    }

    /// <summary>The credit rule read plainly: at each occurrence of a synonym's first word, search every word's occurrences for one in that sentence.</summary>
    private static void PlainCredits(FaithfulnessStatement statement, FaithfulnessAnswer answer, ulong[] agree, ulong[] against, ulong[] credited)
    {
        foreach (var synonym in statement.Synonyms)
        {
            var plain = synonym.All(u => !u.Negated);
            foreach (var (sentence, _) in answer.Find(synonym[0]).ToArray())
            {
                bool AllThere(bool flipped) => synonym.All(u => answer.Find(u).ToArray().Any(o => o.Sentence == sentence && o.Negated == (u.Negated ^ flipped)));
                var same = AllThere(false);
                if (!same && !(plain && AllThere(true)))
                {
                    continue;
                }

                var missing = ~(agree[sentence] | against[sentence]) & (statement.KeyMask != 0 ? statement.KeyMask : ulong.MaxValue);
                var candidates = Enumerable.Range(0, statement.Weights.Length).Where(i => (missing & (1UL << i)) != 0).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var best = candidates.Aggregate((a, b) => statement.Weights[b] > statement.Weights[a] ? b : a);
                if (same)
                {
                    agree[sentence] |= 1UL << best;
                    credited[sentence] |= 1UL << best;
                }
                else if ((agree[sentence] & statement.KeyMask) == 0 || (against[sentence] & statement.KeyMask) != 0)
                {
                    // Denied, unless the sentence names key terms itself and denies none of them.
                    against[sentence] |= 1UL << best;
                }
            }
        }
    }
}
