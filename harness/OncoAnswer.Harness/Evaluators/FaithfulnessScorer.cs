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
    /// Whether the answer names enough of the statement, anywhere, for one sentence to restate it: a passage's coverage
    /// counts only units the answer names, plus at most one unit per hint synonym present, so below the restatement
    /// share no sentence can reach it and the full match is skipped.
    /// </summary>
    private static bool CanRestate(FaithfulnessStatement statement, FaithfulnessAnswer answer)
    {
        var needed = (RestatementCoverage * statement.TotalWeight) - 1e-9;
        var units = statement.Units;
        var named = 0.0;
        ulong unnamed = 0;
        for (var i = 0; i < units.Length; i++)
        {
            if (answer.Find(units[i]).Length > 0)
            {
                named += units[i].Weight;
            }
            else
            {
                unnamed |= 1UL << i;
            }
        }

        if (named >= needed || unnamed == 0 || statement.Synonyms.Length == 0)
        {
            return named >= needed;
        }

        // A hint synonym whose words all occur can stand in for one more unit per sentence: add the heaviest unnamed ones.
        var usable = 0;
        foreach (var synonym in statement.Synonyms)
        {
            usable += AllNamed(synonym, answer) ? 1 : 0;
        }

        var extra = 0.0;
        for (; usable > 0 && unnamed != 0; usable--)
        {
            var heaviest = -1;
            for (var rest = unnamed; rest != 0; rest &= rest - 1)
            {
                var i = System.Numerics.BitOperations.TrailingZeroCount(rest);
                heaviest = heaviest < 0 || units[i].Weight > units[heaviest].Weight ? i : heaviest;
            }

            extra += units[heaviest].Weight;
            unnamed &= ~(1UL << heaviest);
        }

        return named + extra >= needed;
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
