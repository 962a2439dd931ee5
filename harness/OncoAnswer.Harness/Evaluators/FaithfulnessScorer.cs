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

    internal StatementMatch Match(AnswerAnalysis answer, GuidelineStatement statement, IReadOnlyList<AnswerAnalysis>? messages = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(statement);
        var compiled = index.KnowledgeBase.TryGet(statement.Id, out var known) && ReferenceEquals(known, statement)
            ? index.Statement(statement.Id)!
            : index.Inline(statement);
        // A statement is read against the patient's messages: what it adds to their topic is what must be said.
        return FaithfulnessMatcher.Match(messages is { Count: > 0 } ? compiled.WithGiven(Given(compiled, messages)) : compiled, index.Answer(answer));
    }

    /// <summary>The units of <paramref name="statement"/> that the patient's messages name (by concept, word or a bracketed other name).</summary>
    private ulong Given(FaithfulnessStatement statement, IReadOnlyList<AnswerAnalysis> messages)
    {
        var mask = 0UL;
        foreach (var message in messages)
        {
            var named = index.MessageKeys(message);
            for (var i = 0; i < statement.Units.Length && i < 64; i++)
            {
                mask |= named.Contains(statement.Units[i].Key) ? 1UL << i : 0;
            }

            foreach (var (target, alias) in statement.Aliases)
            {
                mask |= named.Contains(alias.Key) ? 1UL << target : 0;
            }
        }

        return mask;
    }

    internal FaithfulnessIndex Index => index;

    /// <summary>Coverage from which a contradicted knowledge-base statement outside the scenario counts: a near-verbatim restatement.</summary>
    internal const double RestatementCoverage = 0.8;

    /// <summary>
    /// Whether one sentence of the answer can name enough of the statement to restate it. A sentence's coverage counts
    /// only the units it names, plus those hint synonyms credit: each occurrence of a synonym whose words all occur
    /// credits at most one unit. Below the restatement share in every sentence the full match is skipped. Here the
    /// bound over the whole answer (named units anywhere plus the credits, to the heaviest units at best); the matcher
    /// applies the bound within each sentence with <paramref name="extra"/>.
    /// </summary>
    private static bool CanRestate(FaithfulnessStatement statement, FaithfulnessAnswer answer, out double needed, out double extra)
    {
        needed = (RestatementCoverage * statement.TotalWeight) - 1e-9;
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
        extra = HeaviestSum(statement, credits);
        return named + extra >= needed;
    }

    /// <summary>The sum of the <paramref name="count"/> heaviest unit weights of <paramref name="statement"/>.</summary>
    private static double HeaviestSum(FaithfulnessStatement statement, int count) =>
        count <= 0 ? 0
        : count >= statement.Weights.Length ? statement.WeightSum
        : statement.HeaviestSums[count];

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
    internal List<(GuidelineStatement Statement, StatementMatch Match)> ReversedRestatements(AnswerAnalysis answer, IReadOnlySet<string> skip)
    {
        var indexed = index.Answer(answer);
        var found = new List<(GuidelineStatement Statement, StatementMatch Match)>();
        foreach (var statement in index.Checkable)
        {
            if (statement.RarestUnit is not { } rarest || indexed.Find(rarest).IsEmpty || skip.Contains(statement.Statement.Id) ||
                !CanRestate(statement, indexed, out var needed, out var extra) ||
                FaithfulnessMatcher.Match(statement, indexed, needed, extra) is not { } match)
            {
                continue;
            }

            if (match.Verdict == StatementVerdictKind.Contradicted && match.Coverage >= RestatementCoverage)
            {
                found.Add((statement.Statement, match));
            }
        }

        return found;
    }
}
