using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// The deterministic statement scorer on its own: does an answer entail, contradict or not mention a statement? The
/// knowledge base is compiled once (per knowledge base and lexicon, shared with the faithfulness evaluator); a
/// statement may be a knowledge-base id or plain text written the way a physician would write it.
/// </summary>
public sealed class FaithfulnessScorer
{
    private readonly FaithfulnessIndex index;

    /// <summary>Creates a scorer over <paramref name="knowledgeBase"/> (default: the embedded one) and <paramref name="lexicon"/> (default: the embedded one).</summary>
    public FaithfulnessScorer(KnowledgeBase? knowledgeBase = null, PhraseLexicon? lexicon = null) =>
        index = FaithfulnessIndex.For(knowledgeBase ?? KnowledgeBaseLoader.Embedded, lexicon ?? PhraseLexicon.Embedded);

    /// <summary>The knowledge base statements are looked up in.</summary>
    public KnowledgeBase KnowledgeBase => index.KnowledgeBase;

    /// <summary>
    /// Resolves a statement reference: a knowledge-base id, else the text itself as an inline statement (a reference
    /// that looks like an id, without spaces, yet is unknown returns null).
    /// </summary>
    public GuidelineStatement? Resolve(string idOrText, StatementKind kind = StatementKind.Guideline)
    {
        ArgumentNullException.ThrowIfNull(idOrText);
        if (index.KnowledgeBase.TryGet(idOrText, out var known))
        {
            return known;
        }

        return idOrText.Trim().Contains(' ', StringComparison.Ordinal)
            ? new GuidelineStatement("inline", kind, idOrText.Trim(), new StatementSource("inline", "", null), [], [], [], default)
            : null;
    }

    /// <summary>The verdict on <paramref name="statement"/> for the analysed answer.</summary>
    public StatementVerdictKind Score(AnswerAnalysis answer, GuidelineStatement statement) => Match(answer, statement).Verdict;

    internal StatementMatch Match(AnswerAnalysis answer, GuidelineStatement statement)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(statement);
        var compiled = index.KnowledgeBase.TryGet(statement.Id, out var known) && ReferenceEquals(known, statement)
            ? index.Statement(statement.Id)!
            : index.Inline(statement);
        return FaithfulnessMatcher.Match(compiled, index.Answer(answer));
    }

    internal FaithfulnessIndex Index => index;

    /// <summary>Coverage from which a contradicted knowledge-base statement outside the scenario counts: a near-verbatim restatement.</summary>
    internal const double RestatementCoverage = 0.8;

    /// <summary>
    /// Whether one sentence of the answer can name enough of the statement to restate it. A sentence's coverage counts
    /// only the units it names, plus those hint synonyms credit: each occurrence of a synonym whose words all occur
    /// credits at most one unit. Below the restatement share in every sentence the full match is skipped.
    /// </summary>
    private static bool CanRestate(FaithfulnessStatement statement, FaithfulnessAnswer answer)
    {
        var needed = (RestatementCoverage * statement.TotalWeight) - 1e-9;
        var units = statement.Units;
        var weights = statement.Weights;
        var named = 0.0;
        for (var i = 0; i < units.Length; i++)
        {
            named += answer.Find(units[i]).IsEmpty ? 0 : weights[i];
        }

        var credits = 0;
        foreach (var synonym in statement.Synonyms)
        {
            credits += AllNamed(synonym, answer) ? answer.Find(synonym[0]).Length : 0;
        }

        // Credits go to the heaviest units at best (first over the whole answer, then within each sentence).
        var extra = HeaviestSum(weights, credits);
        if (named + extra < needed)
        {
            return false;
        }

        var n = answer.SentenceCount;
        var sums = sentenceSums ??= new double[64];
        var lastUnit = sentenceUnits ??= new int[64];
        if (sums.Length < n)
        {
            sentenceSums = sums = new double[Math.Max(n, sums.Length * 2)];
            sentenceUnits = lastUnit = new int[sums.Length];
        }

        Array.Clear(sums, 0, n);
        Array.Fill(lastUnit, -1, 0, n);
        var best = 0.0;
        for (var i = 0; i < units.Length; i++)
        {
            foreach (var (sentence, _) in answer.Find(units[i]))
            {
                if (lastUnit[sentence] != i)
                {
                    lastUnit[sentence] = i;
                    sums[sentence] += weights[i];
                    best = Math.Max(best, sums[sentence]);
                }
            }
        }

        return best + extra >= needed;
    }

    [ThreadStatic]
    private static double[]? sentenceSums;

    [ThreadStatic]
    private static int[]? sentenceUnits;

    /// <summary>The sum of the <paramref name="count"/> heaviest of <paramref name="weights"/>.</summary>
    private static double HeaviestSum(double[] weights, int count)
    {
        if (count <= 0)
        {
            return 0;
        }

        if (count >= weights.Length)
        {
            return weights.Sum();
        }

        var sorted = weights.OrderDescending().Take(count);
        return sorted.Sum();
    }

    private static bool AllNamed(FaithfulnessUnit[] synonym, FaithfulnessAnswer answer)
    {
        foreach (var unit in synonym)
        {
            if (answer.Find(unit).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Guideline facts outside <paramref name="skip"/> that the answer restates nearly word for word but reversed. Only
    /// statements whose rarest unit the answer names are read, so most of the knowledge base costs one lookup.
    /// </summary>
    internal IEnumerable<(GuidelineStatement Statement, StatementMatch Match)> ReversedRestatements(AnswerAnalysis answer, IReadOnlySet<string> skip)
    {
        var indexed = index.Answer(answer);
        foreach (var statement in index.Checkable)
        {
            if (statement.RarestUnit is not { } rarest || indexed.Find(rarest).IsEmpty || skip.Contains(statement.Statement.Id) || !CanRestate(statement, indexed))
            {
                continue;
            }

            var match = FaithfulnessMatcher.Match(statement, indexed);
            if (match.Verdict == StatementVerdictKind.Contradicted && match.Coverage >= RestatementCoverage)
            {
                yield return (statement.Statement, match);
            }
        }
    }
}
