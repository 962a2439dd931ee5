using System.Globalization;
using System.Numerics;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// Decides whether an answer entails, contradicts or does not mention a statement. Each sentence (and each pair of
/// neighbouring sentences) is a candidate passage; a passage conveys the statement's units it contains (stems, or
/// concepts through brand/generic and lay/clinical names) weighted by rarity. A passage that covers enough of the
/// statement entails it when its polarity agrees unit by unit; it contradicts it when enough of the matched units are
/// negated where the statement asserts them (or asserted where it negates them, or reversed by an opposite such as
/// "worsen" for "improve"), or when it gives another number for a unit the statement quantifies (400 mg vs 600 mg).
/// Word overlap alone never entails: "surgery does not cure metastatic breast cancer" contradicts "surgery cures
/// metastatic breast cancer".
/// </summary>
internal static class FaithfulnessMatcher
{
    /// <summary>Coverage from which a passage with agreeing polarity entails.</summary>
    public const double EntailThreshold = 0.5;

    /// <summary>Coverage from which a passage with reversed polarity contradicts.</summary>
    public const double ContradictThreshold = 0.35;

    /// <summary>Share of the matched weight that must disagree in polarity for a contradiction.</summary>
    public const double DisagreeShare = 0.2;

    /// <summary>Share of the key-term hints a passage must convey (each hint counted once).</summary>
    public const double KeyShare = 0.5;

    /// <summary>Share of a negative statement's negated weight that, asserted, reverses it even if the rest agrees.</summary>
    public const double MostlyAsserted = 0.75;

    /// <summary>Units whose numbers must agree (doses, percentages); time spans are read too loosely ("7 days off" in a 28-day cycle) to contradict.</summary>
    private static readonly HashSet<string> MeasureUnits = new(StringComparer.Ordinal) { "mg", "g", "mcg", "ml", "kg", "iu", "gy", "cm", "mm", "%", "tablet" };

    [ThreadStatic]
    private static Masks? masks;

    public static StatementMatch Match(FaithfulnessStatement statement, FaithfulnessAnswer answer)
    {
        var n = answer.SentenceCount;
        var units = statement.Units;
        if (n == 0 || units.Length == 0 || statement.TotalWeight <= 0)
        {
            return new StatementMatch(StatementVerdictKind.NotMentioned, 0, [], "nothing to compare");
        }

        // Per sentence, the units it conveys with the statement's polarity (agree) and reversed (against); kept per
        // thread, since every answer is matched against every must-have statement and much of the knowledge base.
        var work = masks ??= new Masks();
        if (work.Agree.Length < n)
        {
            work.Agree = new ulong[Math.Max(n, work.Agree.Length * 2)];
            work.Against = new ulong[work.Agree.Length];
            work.Credited = new ulong[work.Agree.Length];
        }

        Array.Clear(work.Agree, 0, n);
        Array.Clear(work.Against, 0, n);
        Array.Clear(work.Credited, 0, n);
        return Match(statement, answer, work.Agree, work.Against, work.Credited);
    }

    private static StatementMatch Match(FaithfulnessStatement statement, FaithfulnessAnswer answer, ulong[] agree, ulong[] against, ulong[] credited)
    {
        var n = answer.SentenceCount;
        var units = statement.Units;
        var weights = statement.Weights;
        var keyMask = statement.KeyMask;
        var statementNegated = statement.NegatedMask;
        for (var i = 0; i < units.Length; i++)
        {
            var bit = 1UL << i;
            foreach (var (sentence, negated) in answer.Find(units[i]))
            {
                if (((agree[sentence] | against[sentence]) & bit) != 0)
                {
                    continue; // the first mention in a sentence decides its polarity there
                }

                if (negated == units[i].Negated)
                {
                    agree[sentence] |= bit;
                }
                else
                {
                    against[sentence] |= bit;
                }
            }
        }

        CreditSynonyms(statement, answer, agree, against, credited, keyMask);
        var heaviest = statement.Core;
        var numbers = NumberConflicts(statement, answer, n);

        var best = (Entail: 0.0, EntailAt: (0, 0), Contra: 0.0, ContraAt: (0, 0), ContraWhy: "");
        for (var s = 0; s < n; s++)
        {
            for (var width = 1; width <= 2 && s + width <= n; width++)
            {
                var present = agree[s] | against[s];
                var disagree = against[s];
                var conflict = numbers?[s];
                if (width == 2)
                {
                    present |= agree[s + 1] | against[s + 1];
                    // A unit the first sentence states keeps the second's denial of it from counting; one only
                    // inferred there from a hint synonym does not ("de novo metastatic" does not state survival).
                    disagree |= against[s + 1] & ~(agree[s] & ~credited[s]);
                    conflict ??= numbers?[s + 1];
                }

                if (present == 0)
                {
                    continue; // a passage conveying none of the statement can neither entail nor contradict it
                }

                var matched = Weight(weights, present);
                var coverage = matched / statement.TotalWeight;
                var reversed = Reversed(weights, present, disagree, statementNegated, matched, mostly: false);
                // A contradiction must stand in one sentence: negations in a neighbouring sentence are about something else.
                var keys = statement.KeyTerms.Length == 0
                    ? ((present & heaviest) != 0 ? 1 : 0)
                    : KeysNamed(statement.KeyTerms, present) / (double)statement.KeyTerms.Length;
                if (width == 1 && keys >= KeyShare && coverage >= ContradictThreshold && coverage > best.Contra &&
                    (reversed || conflict is not null || Reversed(weights, present, disagree, statementNegated, matched, mostly: true)))
                {
                    best.Contra = coverage;
                    best.ContraAt = (s, width);
                    best.ContraWhy = conflict ?? "it negates or reverses what the statement says";
                }

                // Unsafe claims are single assertions: one sentence must make them.
                if ((width == 1 || statement.Statement.Kind == Guidelines.StatementKind.Guideline) && !reversed && conflict is null && keys >= KeyShare && coverage > best.Entail)
                {
                    best.Entail = coverage;
                    best.EntailAt = (s, width);
                }
            }
        }

        if (best.Contra >= ContradictThreshold && best.Contra >= best.Entail - 0.1)
        {
            return new StatementMatch(StatementVerdictKind.Contradicted, best.Contra, Spans(answer, best.ContraAt), best.ContraWhy);
        }

        return best.Entail >= EntailThreshold
            ? new StatementMatch(StatementVerdictKind.Entailed, best.Entail, Spans(answer, best.EntailAt), null)
            : new StatementMatch(StatementVerdictKind.NotMentioned, Math.Max(best.Entail, best.Contra), [], "not conveyed");
    }

    /// <summary>
    /// A negative statement ("did not improve survival") is reversed by a passage that asserts a unit the statement
    /// negates and agrees on none of its negated units; a positive one by a passage that negates (or reverses) enough
    /// of the matched weight.
    /// </summary>
    private static bool Reversed(double[] weights, ulong present, ulong disagree, ulong statementNegated, double matched, bool mostly)
    {
        if (matched <= 0)
        {
            return false;
        }

        if ((present & statementNegated) != 0)
        {
            // Reversed when no negated unit is negated in the answer too, and at least one is asserted instead. For a
            // contradiction (one sentence) it is enough that most of the negated weight is asserted, what still agrees
            // being a lesser aside: "… is recommended for neuropathy because it may cause harm" reverses "… is not
            // recommended for neuropathy because it may cause harm" though "harm" (not safe) agrees. Entailment keeps the
            // strict reading, so no passage that entailed before stops entailing.
            if ((disagree & statementNegated) != 0)
            {
                var kept = present & statementNegated & ~disagree;
                return kept == 0 || (mostly && Weight(weights, disagree & statementNegated) >= MostlyAsserted * Weight(weights, present & statementNegated));
            }

            // A statement with an asserted and a negated part ("decided by the oncologist, not by the patient alone")
            // is also reversed when its negated part is kept and its asserted part is negated.
            // Only where the asserted part is the main claim (it outweighs the negated part in the passage), and half of
            // it must be negated: one asserted word caught in a nearby negation is not enough.
            var asserted = present & ~statementNegated;
            var assertedWeight = Weight(weights, asserted);
            return assertedWeight > Weight(weights, present & statementNegated) && Weight(weights, disagree & asserted) >= 0.5 * assertedWeight;
        }

        return Weight(weights, disagree) >= DisagreeShare * matched;
    }

    private static void CreditSynonyms(FaithfulnessStatement statement, FaithfulnessAnswer answer, ulong[] agree, ulong[] against, ulong[] credited, ulong keyMask)
    {
        // A hint synonym ("Gamma Knife" for stereotactic radiosurgery) conveys the heaviest key term its sentence lacks.
        foreach (var synonym in statement.Synonyms)
        {
            // Every word of the synonym must be there with the synonym's own polarity ("no clinical trials" is not "a clinical
            // trial"). A plain synonym with every word negated ("not … the emergency department") is there but denied, and
            // counts against; one that holds a negation itself ("no clinical trials") means something else once flipped.
            var plain = Array.TrueForAll(synonym, k => !k.Negated);
            foreach (var (sentence, _) in answer.Find(synonym[0]))
            {
                var same = AllIn(synonym, answer, sentence, flipped: false);
                if (!same && !(plain && AllIn(synonym, answer, sentence, flipped: true)))
                {
                    continue;
                }

                var missing = ~(agree[sentence] | against[sentence]) & (keyMask != 0 ? keyMask : ulong.MaxValue);
                var bestUnit = -1;
                var weights = statement.Weights;
                for (var i = 0; i < weights.Length; i++)
                {
                    if ((missing & (1UL << i)) != 0 && (bestUnit < 0 || weights[i] > weights[bestUnit]))
                    {
                        bestUnit = i;
                    }
                }

                if (bestUnit >= 0 && same)
                {
                    agree[sentence] |= 1UL << bestUnit;
                    credited[sentence] |= 1UL << bestUnit;
                }
                else if (bestUnit >= 0)
                {
                    against[sentence] |= 1UL << bestUnit;
                }
            }
        }
    }

    private static int KeysNamed(ulong[] keyTerms, ulong present)
    {
        var named = 0;
        for (var k = 0; k < keyTerms.Length; k++)
        {
            named += (present & keyTerms[k]) != 0 ? 1 : 0;
        }

        return named;
    }

    /// <summary>Whether every unit of <paramref name="synonym"/> occurs in <paramref name="sentence"/> with the synonym's own polarity (or, <paramref name="flipped"/>, the opposite one).</summary>
    private static bool AllIn(FaithfulnessUnit[] synonym, FaithfulnessAnswer answer, int sentence, bool flipped)
    {
        foreach (var unit in synonym)
        {
            var found = false;
            foreach (var occurrence in answer.Find(unit))
            {
                if (occurrence.Sentence == sentence && occurrence.Negated == (unit.Negated ^ flipped))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per sentence, the number that conflicts with the statement's; null when the statement quantifies nothing.</summary>
    private static string?[]? NumberConflicts(FaithfulnessStatement statement, FaithfulnessAnswer answer, int n)
    {
        if (statement.Quantities.Count == 0)
        {
            return null;
        }

        var conflicts = new string?[n];
        foreach (var q in answer.Quantities)
        {
            if (MeasureUnits.Contains(q.Unit) && statement.Quantities.TryGetValue(q.Unit, out var values) && !statement.Quantities[""].Contains(q.Value))
            {
                var sentence = answer.Analysis.Tokens[q.Token].Sentence;
                conflicts[sentence] ??= string.Create(CultureInfo.InvariantCulture, $"{answer.Analysis.Slice(q.Span)} where the statement says {string.Join(" or ", values.Order().Select(v => v.ToString(CultureInfo.InvariantCulture) + " " + q.Unit))}");
            }
        }

        return conflicts;
    }

    private static double Weight(double[] weights, ulong mask)
    {
        var total = 0.0;
        while (mask != 0)
        {
            var i = BitOperations.TrailingZeroCount(mask);
            if (i < weights.Length)
            {
                total += weights[i];
            }

            mask &= mask - 1;
        }

        return total;
    }

    private static List<TextSpan> Spans(FaithfulnessAnswer answer, (int Start, int Width) at) =>
        Enumerable.Range(at.Start, at.Width).Select(s => answer.Analysis.Sentences[s].Span).ToList();

    /// <summary>The per-sentence unit masks of one match, reused on each thread.</summary>
    private sealed class Masks
    {
        public ulong[] Agree = new ulong[64];
        public ulong[] Against = new ulong[64];
        public ulong[] Credited = new ulong[64];
    }
}
