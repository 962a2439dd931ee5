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
    /// <summary>The reason code of a contradiction that states as settled what the statement says is unsettled.</summary>
    private const int Overclaim = -2;

    /// <summary>Coverage from which a passage with agreeing polarity entails (an unsafe claim; a fact, see <see cref="FactThreshold"/>).</summary>
    public const double EntailThreshold = 0.5;

    /// <summary>
    /// Coverage from which a passage entails a fact read against the patient's messages when it says what the fact adds
    /// to their topic: the topic is the question's, and an answer need not repeat all of it.
    /// </summary>
    public const double GivenEntailThreshold = 0.45;

    /// <summary>
    /// Coverage from which a passage that names what a fact is about (its subject, where it has one) entails the fact;
    /// <see cref="FactGivenThreshold"/> when it is read against the patient's messages. A fact restated in other words
    /// keeps less of its wording than an unsafe claim made in other words does of its own, and physicians accept such
    /// restatements (K-QA development pairs, both halves); an unsafe claim keeps <see cref="EntailThreshold"/>, and a
    /// passage that names only a fact's setting ("breast cancer that has spread" for a fact about ribociclib) keeps it too.
    /// </summary>
    public const double FactThreshold = 0.45;

    /// <summary>As <see cref="FactThreshold"/>, for a fact read against the patient's messages (see <see cref="GivenEntailThreshold"/>).</summary>
    public const double FactGivenThreshold = 0.4;

    /// <summary>Coverage from which a passage with reversed polarity contradicts.</summary>
    public const double ContradictThreshold = 0.35;

    /// <summary>Share of the matched weight that must disagree in polarity for a contradiction.</summary>
    public const double DisagreeShare = 0.2;

    /// <summary>Share of the key-term hints a passage must convey (each hint counted once).</summary>
    public const double KeyShare = 0.5;

    /// <summary>Share of an unsafe claim's predicate weight (what it says of its subject) a passage must convey to assert it.</summary>
    public const double PredicateShare = 0.5;

    /// <summary>Share of an unsafe claim's predicate weight that asserts it without its rarest predicate word ("open to" for "ineligible" does not).</summary>
    public const double PredicateMostly = 0.75;

    /// <summary>Share of a negative statement's negated weight that, asserted, reverses it even if the rest agrees.</summary>
    public const double MostlyAsserted = 0.75;

    /// <summary>Units whose numbers must agree exactly (doses, percentages, ages); spans of time compare by <see cref="TimeAgreement"/>.</summary>
    private static readonly HashSet<string> MeasureUnits = new(StringComparer.Ordinal) { "mg", "g", "mcg", "ml", "kg", "iu", "gy", "cm", "mm", "%", "tablet", "age", "°c", "°f" };

    [ThreadStatic]
    private static Masks? masks;

    public static StatementMatch Match(FaithfulnessStatement statement, FaithfulnessAnswer answer) =>
        Match(statement, answer, needed: double.NegativeInfinity, extra: 0)!;

    /// <summary>
    /// The match, or null when no single sentence names enough of the statement to restate it: its heaviest sentence's
    /// named weight (each unit counted once per sentence, before hint synonyms) plus <paramref name="extra"/> stays
    /// below <paramref name="needed"/>. The bound reads the same per-sentence unit masks the match goes on with, so a
    /// statement that passes costs one pass over its units' occurrences.
    /// </summary>
    public static StatementMatch? Match(FaithfulnessStatement statement, FaithfulnessAnswer answer, double needed, double extra)
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
        work.Fit(n);
        var agree = work.Agree;
        var against = work.Against;
        var credited = work.Credited;
        Array.Clear(agree, 0, n);
        Array.Clear(against, 0, n);
        Array.Clear(credited, 0, n);
        var weights = statement.Weights;
        for (var i = 0; i < units.Length; i++)
        {
            var bit = 1UL << i;
            foreach (var (sentence, negated) in answer.Find(units[i]))
            {
                if (((agree[sentence] | against[sentence]) & bit) != 0)
                {
                    continue; // the first mention in a sentence decides its polarity there
                }

                if (negated == units[i].Negated || (statement.SubjectMask & bit) != 0)
                {
                    agree[sentence] |= bit;
                }
                else
                {
                    against[sentence] |= bit;
                }
            }
        }

        // A name the statement gives in brackets conveys the unit it renames where that unit is not named itself.
        foreach (var (target, alias) in statement.Aliases)
        {
            var bit = 1UL << target;
            foreach (var (sentence, negated) in answer.Find(alias))
            {
                if (((agree[sentence] | against[sentence]) & bit) != 0)
                {
                    continue;
                }

                if (negated == units[target].Negated || (statement.SubjectMask & bit) != 0)
                {
                    agree[sentence] |= bit;
                }
                else
                {
                    against[sentence] |= bit;
                }
            }
        }

        if (needed > double.NegativeInfinity)
        {
            // The weight of a sentence's units, summed in unit order (as a per-sentence running sum would be).
            var best = 0.0;
            for (var s = 0; s < n; s++)
            {
                if ((agree[s] | against[s]) != 0)
                {
                    best = Math.Max(best, Weight(weights, agree[s] | against[s]));
                }
            }

            if (best + extra < needed)
            {
                return null;
            }
        }

        return Match(statement, answer, agree, against, credited, work, reversalsOnly: needed > double.NegativeInfinity);
    }

    /// <summary>The match from the unit masks; with <paramref name="reversalsOnly"/>, null unless it can be a contradiction at restatement coverage.</summary>
    private static StatementMatch? Match(FaithfulnessStatement statement, FaithfulnessAnswer answer, ulong[] agree, ulong[] against, ulong[] credited, Masks work, bool reversalsOnly)
    {
        var n = answer.SentenceCount;
        var weights = statement.Weights;
        var keyMask = statement.KeyMask;
        var statementNegated = statement.NegatedMask;
        var fact = statement.Statement.Kind == Guidelines.StatementKind.Guideline;
        CreditSynonyms(statement, answer, agree, against, credited, keyMask, work);
        // An unsafe claim's verdict concept ("cures") is its core as well: "a key step on the road to a cure"
        // makes the claim without the setting's rarer concept ("de novo").
        var heaviest = statement.Core | (fact ? 0 : statement.PolarMask & ~statement.SubjectMask & statement.ConceptMask);
        var numbers = NumberConflicts(statement, answer, n);
        // A fact that gives an amount or a span of time is conveyed with one: a passage naming no number of its kind does
        // not say it ("an opened bottle can be used until the expiry date" for "… discarded 4 weeks after opening").
        // So is an unsafe claim of a rate ("vaccines produce responses in 60% of patients"): its rate is what makes it
        // unsafe, and a sentence naming the treatment and the disease without one does not make it.
        var measured = (fact || statement.Quantities.ContainsKey("%")) && statement.MeasuresRequired ? Measured(statement, answer, n) : null;
        if (numbers is not null && statement.TimeUnitMask != 0)
        {
            // A span of time the statement's can be compared with fills its unit's place ("within 7–10 days" says what
            // "4–6 weeks" is about), whether it agrees or not.
            for (var s = 0; s < n; s++)
            {
                if (numbers[s] is SpanNamed or SpanAgreed || (numbers[s] >= 0 && Rank(answer.Quantities[numbers[s]].Unit) >= 0))
                {
                    agree[s] |= statement.TimeUnitMask & ~against[s];
                }
            }
        }

        if (reversalsOnly && !CanReverse(statement, agree, against, numbers, n))
        {
            return null;
        }

        // Read against the patient's messages, a fact is told apart by what it adds to their topic: its rarest word the
        // messages do not name must be said ("oxaliplatin" in "oxaliplatin can cause tingling in the fingers", asked about tingling fingers).
        var news = statement.NewsMask;
        var best = (Entail: 0.0, EntailAt: (0, 0), Named: 0.0, NamedAt: (0, 0), Contra: 0.0, ContraAt: (0, 0), ContraWhy: -1);
        // A fact is also read off a list the answer sets out line by line: its opening sentence and its item lines.
        var listEnds = fact ? answer.ListEnds : null;
        // A fact about a treatment is told of that treatment: it is named in the passage or before it ("It can cause
        // haemolysis" after a sentence naming vitamin C), not only the fact's setting ("ER-positive metastatic breast
        // cancer is treated with …" for a fact about ribociclib).
        var treated = fact ? statement.SubjectMask & statement.TreatmentMask : 0;
        var namedBefore = 0UL;
        // What a fact says beyond its subject and verb, which a passage at the lower, subject-named threshold must touch.
        var rest = statement.AllMask & ~statement.SubjectMask & ~statement.HeadMask;
        // Whether a negation must stand in a passage naming the fact's subject to deny it (see FactDenied).
        var subjectNeeded = fact && (statement.SubjectMask & RarestOf(weights, statement.AllMask)) != 0;
        for (var s = 0; s < n; s++)
        {
            var listWidth = listEnds is null || listEnds[s] == 0 ? 0 : listEnds[s] - s;
            for (var width = 1; width <= 2 && s + width <= n || width == listWidth; width = width == 2 && listWidth > 2 ? listWidth : width + 1)
            {
                var present = agree[s] | against[s];
                var disagree = against[s];
                var conflict = numbers is null ? -1 : numbers[s];
                if (conflict == SpanAgreed && !fact && width == 1 && (present & HeaviestOf(weights, statement.SubjectMask)) != 0)
                {
                    // An unsafe claim that says when something is due is made by a sentence that names the thing and gives the same span.
                    present |= statement.ScheduleMask;
                }
                if (width == 2)
                {
                    present |= agree[s + 1] | against[s + 1];
                    // A unit the first sentence states keeps the second's denial of it from counting; one only
                    // inferred there from a hint synonym does not ("de novo metastatic" does not state survival).
                    disagree |= against[s + 1] & ~(agree[s] & ~credited[s]);
                    conflict = conflict >= 0 || numbers is null ? conflict : numbers[s + 1];
                }
                else if (width > 2)
                {
                    // The list passage entails only (contradictions stand in one sentence); a unit one line states is
                    // not denied by another.
                    var stated = 0UL;
                    for (var k = s; k < s + width; k++)
                    {
                        present |= agree[k] | against[k];
                        disagree |= against[k];
                        stated |= agree[k] & ~credited[k];
                    }

                    disagree &= ~stated;
                    conflict = -1;
                }

                if (present == 0)
                {
                    continue; // a passage conveying none of the statement can neither entail nor contradict it
                }

                var matched = Weight(weights, present);
                var coverage = matched / statement.TotalWeight;
                // A fact's list is conveyed by some of its items: read as one slot as heavy as its heaviest item.
                var entailCoverage = statement.ListGroups.Length == 0 ? coverage : Math.Max(coverage, ListCoverage(statement, weights, present));
                // A fact that says its evidence is unsettled is contradicted by a sentence that states the rest as
                // settled: it names what the evidence is about, agrees with it, and neither hedges nor names evidence.
                if (width == 1 && statement.UnsettledMask != 0 && !answer.Unsettled[s] && (disagree & ~statement.UnsettledMask) == 0 && conflict < 0)
                {
                    var about = statement.AllMask & ~statement.UnsettledMask;
                    var settled = Weight(weights, present & about) / Weight(weights, about);
                    if (KeysConveyed(statement, present, heaviest & about) >= KeyShare && settled >= EntailThreshold && settled > best.Contra)
                    {
                        best.Contra = settled;
                        best.ContraAt = (s, width);
                        best.ContraWhy = Overclaim;
                    }
                }

                var namesSubject = !fact || statement.SubjectMask == 0 || (present & statement.SubjectMask) != 0;
                if (coverage <= best.Contra && entailCoverage <= (namesSubject ? best.Named : best.Entail))
                {
                    continue; // it could replace neither best passage (both need a strictly higher coverage)
                }

                var reversed = Reversed(weights, present, disagree, statementNegated, statement.PolarMask, statement.ConditionMask, matched, mostly: false);
                // A contradiction must stand in one sentence: negations in a neighbouring sentence are about something else.
                var keys = KeysConveyed(statement, present, heaviest);
                // A number that conflicts in a sentence naming all of the statement's subject is about that subject, even
                // where the statement's key concept is left out ("a fever is defined as 38.5 °C or higher" against a
                // statement about treating 38.0 °C or higher as possible neutropenic sepsis).
                var numberOnSubject = conflict >= 0 && statement.SubjectMask != 0 && (present & statement.SubjectMask) == statement.SubjectMask;
                // A number may conflict in the sentence after the one naming the subject, when that sentence names no
                // subject of its own ("Shingrix is the shingles vaccine. It is given 2 to 6 weeks apart."): the subject
                // carries over to it, as a negation does not.
                var carried = width == 2 && numbers is not null && numbers[s] < 0 && numbers[s + 1] >= 0 && statement.SubjectMask != 0 &&
                    (agree[s] & statement.SubjectMask) == statement.SubjectMask && ((agree[s + 1] | against[s + 1]) & statement.SubjectMask) == 0 &&
                    CarriesSubject(answer.Analysis, s + 1);
                if ((width == 1 || carried) && (keys >= KeyShare || numberOnSubject) && coverage >= ContradictThreshold && coverage > best.Contra && !answer.IsQuestionHeading(s) &&
                    (!subjectNeeded || FactDenied(statement, present, disagree)) &&
                    (reversed || conflict >= 0 || Reversed(weights, present, disagree, statementNegated, statement.PolarMask, statement.ConditionMask, matched, mostly: true)))
                {
                    best.Contra = coverage;
                    best.ContraAt = (s, width);
                    best.ContraWhy = conflict;
                }

                // Unsafe claims are single assertions: one sentence must make them, or one sentence naming the claim's
                // subject and the next carrying it on ("Metformin is a diabetes drug. Taken with
                // nivolumab, it is safe."), where the second says the rest of the claim.
                // An absolute unsafe claim ("always grows back completely") is not made by a sentence that hedges ("generally grows back"),
                // nor an exclusive one ("only during the infusion") by a passage that restricts nothing.
                var carriedClaim = !fact && width == 2 && statement.SubjectMask != 0 &&
                    (agree[s] & statement.SubjectMask) == statement.SubjectMask && ((agree[s + 1] | against[s + 1]) & statement.SubjectMask) == 0 &&
                    (agree[s + 1] & ~statement.SubjectMask) != 0 && !answer.Hedged[s + 1] && CarriesSubject(answer.Analysis, s + 1);
                if ((width == 1 || fact || carriedClaim) && !reversed &&
                    !(statement.Absolute && !fact && answer.Hedged[s]) && !(statement.Exclusive && !fact && !Restricts(answer.Analysis, s, width)) && conflict < 0 && keys >= KeyShare &&
                    (entailCoverage > best.Entail || (namesSubject && entailCoverage > best.Named)) &&
                    PredicateConveyed(statement, weights, present) && (news == 0 || (present & news) != 0) &&
                    (measured is null || MeasuredIn(measured, agree, against, s, width, ~statement.TimeUnitMask)) &&
                    (treated == 0 || ((present | namedBefore) & statement.SubjectMask) != 0) &&
                    (statement.ConditionMask == 0 || (present & ~statement.ConditionMask & ~statement.SubjectMask) != 0))
                {
                    if (entailCoverage > best.Entail)
                    {
                        best.Entail = entailCoverage;
                        best.EntailAt = (s, width);
                    }

                    // A fact's passage that names what the fact is about is held to the fact's lower threshold, when it
                    // also says something of what the fact says of it: "oxaliplatin can cause hair loss" names the subject
                    // and the verb of "oxaliplatin can cause peripheral neuropathy", and nothing else of it.
                    if (namesSubject && entailCoverage > best.Named &&
                        (statement.SubjectMask == 0 || rest == 0 || (present & rest) != 0))
                    {
                        best.Named = entailCoverage;
                        best.NamedAt = (s, width);
                    }
                }
            }

            namedBefore |= agree[s] | against[s];
        }

        // An unsafe claim made as fully as another passage denies it is made: between the two, the fault decides.
        var unsafeMade = !fact && best.Entail >= EntailThreshold && best.Entail >= best.Contra - 1e-9;
        if (!unsafeMade && best.Contra >= ContradictThreshold && best.Contra >= best.Entail - 0.1)
        {
            var why = best.ContraWhy >= 0 ? Conflict(statement, answer, answer.Quantities[best.ContraWhy])
                : best.ContraWhy == Overclaim ? "it states as settled what the statement says the evidence leaves open"
                : "it negates or reverses what the statement says";
            return new StatementMatch(StatementVerdictKind.Contradicted, best.Contra, Spans(answer, best.ContraAt), why);
        }

        var threshold = news != 0 ? GivenEntailThreshold : EntailThreshold;
        if (best.Entail >= threshold)
        {
            return new StatementMatch(StatementVerdictKind.Entailed, best.Entail, Spans(answer, best.EntailAt), null);
        }

        return fact && best.Named >= (news != 0 ? FactGivenThreshold : FactThreshold)
            ? new StatementMatch(StatementVerdictKind.Entailed, best.Named, Spans(answer, best.NamedAt), null)
            : new StatementMatch(StatementVerdictKind.NotMentioned, Math.Max(best.Entail, best.Contra), [], "not conveyed");
    }

    /// <summary>
    /// Whether a passage speaks of the same thing as a fact whose subject holds its rarest word, for its negation to deny
    /// it: it names the subject ("many bowel cancers give no symptoms" says nothing of what unexplained weight loss is a
    /// sign of; "wear glasses until the eye has healed" denies nothing about contact lenses). A verdict concept reversed
    /// by its opposite denies the fact whatever the passage calls its subject: "a fever … can wait for your routine
    /// appointment" denies "urgent assessment is needed for a fever …".
    /// </summary>
    private static bool FactDenied(FaithfulnessStatement statement, ulong present, ulong disagree) =>
        (present & statement.SubjectMask) != 0 || (disagree & statement.PolarMask & statement.ConceptMask) != 0;

    /// <summary>
    /// Coverage with each list the passage names an item of read as one slot, as heavy as its heaviest item's unit
    /// ("aching joints" for "hot flushes, joint pain and tiredness").
    /// </summary>
    private static double ListCoverage(FaithfulnessStatement statement, double[] weights, ulong present)
    {
        var outside = statement.AllMask & ~statement.ListedMask;
        var matched = Weight(weights, present & outside);
        var total = Weight(weights, outside);
        foreach (var list in statement.ListGroups)
        {
            // A list the passage names none of keeps its whole weight: it is missing, not abridged.
            var slot = (present & list) != 0 ? Weight(weights, HeaviestOf(weights, list)) : Weight(weights, list);
            total += slot;
            matched += (present & list) != 0 ? slot : 0;
        }

        return total <= 0 ? 0 : matched / total;
    }

    /// <summary>
    /// An unsafe claim is a single assertion about its subject: a passage asserts it only when it conveys at least
    /// <see cref="PredicateShare"/> of what the claim says of the subject, not just the subject and its setting
    /// ("anastrozole must be taken at bedtime" is not asserted by "the way you take anastrozole").
    /// </summary>
    private static bool PredicateConveyed(FaithfulnessStatement statement, double[] weights, ulong present)
    {
        if (statement.Statement.Kind == Guidelines.StatementKind.Guideline)
        {
            return true;
        }

        if (statement.SubjectMask == 0)
        {
            // A claim made to the reader ("You should take two tablets today to make up for it") names no subject: it is
            // made where its verb or its verdict is, not by a passage that shares its nouns ("one missed tablet is
            // unlikely to matter").
            // What it denies must be said as well ("… without any problems").
            var verb = statement.HeadMask | statement.PolarMask;
            var denies = statement.NegatedMask & statement.AllMask;
            return (verb == 0 || (present & verb) != 0) && (denies == 0 || (present & denies) != 0);
        }

        // It is also a claim about that subject: a passage that names none of the subject ("stage 3 colon cancer is treated
        // with adjuvant chemotherapy" for "Gerson therapy can replace adjuvant chemotherapy …") speaks of something else.
        var predicate = ~statement.SubjectMask & statement.AllMask;
        // A claim that denies something of its subject ("… is no longer an acceptable option") is made only where that
        // denial is: a passage naming the subject and the option without "acceptable" does not say it is unacceptable.
        var denied = statement.NegatedMask & predicate;
        if (denied != 0 && (present & denied) == 0)
        {
            return false;
        }

        var said = Weight(weights, present & predicate);
        var all = Weight(weights, predicate);
        // What must be said: the claim's verdict (the verb that makes it, or a word with an opposite) where it has one,
        // else its rarest word beyond what the patient's message already names.
        var verdict = predicate & statement.PolarMask;
        var required = verdict != 0 ? verdict : RarestOf(weights, (predicate & ~statement.GivenMask) is not 0 and var told ? told : predicate);
        var saysVerdict = (present & required) != 0;
        // Once the verdict and the word that makes the claim are said, what the patient's messages already name need not
        // be repeated for the claim to be made ("she's as good as cured" to a question about her metastatic ovarian cancer,
        // "avoid the gym for now" to one about exercise during radiotherapy); without them, the whole predicate is weighed
        // ("a study linked it to longer survival" does not say a drug "should be given … to lengthen survival").
        var heads = predicate & statement.HeadMask;
        var share = saysVerdict && (present & heads) == heads ? Weight(weights, predicate & ~(statement.GivenMask & ~present)) : all;
        return (present & HeaviestOf(weights, statement.SubjectMask)) != 0 &&
            said >= (PredicateShare * share) - 1e-9 &&
            (saysVerdict || said >= (PredicateMostly * all) - 1e-9);
    }

    /// <summary>The bits of the units in <paramref name="mask"/> that share its heaviest weight (words no other statement uses tie).</summary>
    internal static ulong RarestOf(double[] weights, ulong mask)
    {
        var top = double.MinValue;
        for (var i = 0; i < weights.Length && i < 64; i++)
        {
            top = (mask & (1UL << i)) != 0 ? Math.Max(top, weights[i]) : top;
        }

        var bits = 0UL;
        for (var i = 0; i < weights.Length && i < 64; i++)
        {
            bits |= (mask & (1UL << i)) != 0 && weights[i] >= top - 1e-9 ? 1UL << i : 0;
        }

        return bits;
    }

    /// <summary>The bit of the heaviest unit in <paramref name="mask"/> (ties: the first).</summary>
    private static ulong HeaviestOf(double[] weights, ulong mask)
    {
        var best = 0UL;
        var bestWeight = double.MinValue;
        for (var i = 0; i < weights.Length && i < 64; i++)
        {
            if ((mask & (1UL << i)) != 0 && weights[i] > bestWeight)
            {
                best = 1UL << i;
                bestWeight = weights[i];
            }
        }

        return best;
    }

    /// <summary>
    /// Whether some sentence could contradict the statement at restatement coverage: a contradiction stands in one
    /// sentence, needs a unit reversed there (every reading of <see cref="Reversed"/> needs disagreeing weight) or a
    /// conflicting number, and its coverage is that sentence's.
    /// </summary>
    private static bool CanReverse(FaithfulnessStatement statement, ulong[] agree, ulong[] against, int[]? numbers, int n)
    {
        for (var s = 0; s < n; s++)
        {
            if ((against[s] != 0 || (numbers is not null && numbers[s] >= 0)) &&
                Weight(statement.Weights, agree[s] | against[s]) / statement.TotalWeight >= FaithfulnessScorer.RestatementCoverage)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A negative statement ("did not improve survival") is reversed by a passage that asserts a unit the statement
    /// negates and agrees on none of its negated units; a positive one by a passage that negates (or reverses) enough
    /// of the matched weight. <paramref name="condition"/> holds the statement's units in a condition.
    /// </summary>
    private static bool Reversed(double[] weights, ulong present, ulong disagree, ulong statementNegated, ulong polar, ulong condition, double matched, bool mostly)
    {
        if (matched <= 0)
        {
            return false;
        }

        // The verdict word reversed ("linked to worse survival" for "improves survival", "is dangerous" for "is safe") and
        // none kept: the claim is reversed, however much heavier the topic it shares is.
        if ((present & polar) != 0 && (present & polar & ~disagree) == 0)
        {
            return true;
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
            // it must be negated: one asserted word caught in a nearby negation is not enough. A negated condition is
            // no rival claim: "phone the unit if unable to hold drinks down" is reversed by "if you can't hold drinks
            // down, you don't need to phone the unit".
            var asserted = present & ~statementNegated;
            var assertedWeight = Weight(weights, asserted);
            return assertedWeight > Weight(weights, present & statementNegated & ~condition) && Weight(weights, disagree & asserted) >= 0.5 * assertedWeight;
        }

        return Weight(weights, disagree) >= DisagreeShare * matched;
    }

    internal static void CreditSynonyms(FaithfulnessStatement statement, FaithfulnessAnswer answer, ulong[] agree, ulong[] against, ulong[] credited, ulong keyMask, Masks work)
    {
        // A hint synonym ("Gamma Knife" for stereotactic radiosurgery) conveys the heaviest key term its sentence lacks.
        foreach (var synonym in statement.Synonyms)
        {
            var occurrences = answer.Find(synonym[0]);
            if (occurrences.IsEmpty)
            {
                continue;
            }

            // Every word of the synonym must be there with the synonym's own polarity ("no clinical trials" is not "a clinical
            // trial"). A plain synonym with every word negated ("not … the emergency department") is there but denied, and
            // counts against; one that holds a negation itself ("no clinical trials") means something else once flipped.
            // Per sentence, which of the synonym's units occur there with its polarity (same) and with the opposite (flipped).
            var plain = true;
            foreach (var unit in synonym)
            {
                plain &= !unit.Negated;
            }

            var all = synonym.Length >= 64 ? ulong.MaxValue : (1UL << synonym.Length) - 1;
            var marked = synonym.Length <= 64;
            if (marked && !Present(synonym, answer, work.Same, work.Flipped, set: true))
            {
                Present(synonym, answer, work.Same, work.Flipped, set: false);
                continue; // some word of the synonym occurs nowhere
            }

            foreach (var (sentence, _) in occurrences)
            {
                var same = marked ? work.Same[sentence] == all : AllIn(synonym, answer, sentence, flipped: false);
                if (!same && !(plain && (marked ? work.Flipped[sentence] == all : AllIn(synonym, answer, sentence, flipped: true))))
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
                else if (bestUnit >= 0 && ((agree[sentence] & keyMask) == 0 || (against[sentence] & keyMask) != 0))
                {
                    // Denied, the synonym stands for the key term unless the sentence names key terms itself and
                    // denies none of them: "I won't draft a vitamin C infusion plan for you" names the treatment, and
                    // denies the drafting, not what the fact says of the treatment.
                    against[sentence] |= 1UL << bestUnit;
                }
            }

            if (marked)
            {
                Present(synonym, answer, work.Same, work.Flipped, set: false);
            }
        }
    }

    /// <summary>Whether every unit of <paramref name="synonym"/> occurs in <paramref name="sentence"/> with the synonym's own polarity (or, <paramref name="flipped"/>, the opposite one); for synonyms too long for a bit mask.</summary>
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

    /// <summary>
    /// Marks (or, not <paramref name="set"/>, clears again) per sentence the synonym's units found there with its own
    /// polarity (<paramref name="same"/>) and with the opposite one (<paramref name="flipped"/>), one bit per unit
    /// position. Setting returns false as soon as a unit occurs nowhere (the marks made so far are cleared by the caller).
    /// </summary>
    private static bool Present(FaithfulnessUnit[] synonym, FaithfulnessAnswer answer, ulong[] same, ulong[] flipped, bool set)
    {
        for (var k = 0; k < synonym.Length && k < 64; k++)
        {
            var found = answer.Find(synonym[k]);
            if (set && found.IsEmpty)
            {
                return false;
            }

            var bit = 1UL << k;
            foreach (var (sentence, negated) in found)
            {
                if (!set)
                {
                    same[sentence] = 0;
                    flipped[sentence] = 0;
                }
                else if (negated == synonym[k].Negated)
                {
                    same[sentence] |= bit;
                }
                else
                {
                    flipped[sentence] |= bit;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The share of the statement's key-term hints a passage names (each hint once); without hints, 1 when it names the
    /// statement's core (<paramref name="core"/>), else 0.
    /// </summary>
    private static double KeysConveyed(FaithfulnessStatement statement, ulong present, ulong core) =>
        statement.KeyTerms.Length == 0
            ? ((present & core) != 0 ? 1 : 0)
            : KeysNamed(statement.KeyTerms, present) / (double)statement.KeyTerms.Length;

    private static int KeysNamed(ulong[] keyTerms, ulong present)
    {
        var named = 0;
        for (var k = 0; k < keyTerms.Length; k++)
        {
            named += (present & keyTerms[k]) != 0 ? 1 : 0;
        }

        return named;
    }

    /// <summary>Whether a sentence of the passage gives a number of the statement's kind and names something else of it too.</summary>
    private static bool MeasuredIn(bool[] measured, ulong[] agree, ulong[] against, int s, int width, ulong content)
    {
        for (var k = s; k < s + width; k++)
        {
            if (measured[k] && ((agree[k] | against[k]) & content) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per sentence, whether it gives a number of a kind the statement gives (a span of time, or an amount in one of its units).</summary>
    private static bool[] Measured(FaithfulnessStatement statement, FaithfulnessAnswer answer, int n)
    {
        var measured = new bool[n];
        var tokens = answer.Analysis.Tokens;
        foreach (var q in answer.Quantities)
        {
            if ((statement.TimeSpans.Length > 0 && Rank(q.Unit) >= 0) || (MeasureUnits.Contains(q.Unit) && statement.Quantities.ContainsKey(q.Unit)))
            {
                measured[tokens[q.Token].Sentence] = true;
            }
        }

        return measured;
    }

    /// <summary>
    /// Per sentence, the index in <see cref="FaithfulnessAnswer.Quantities"/> of the first number that conflicts with the
    /// statement's (-1 where none, <see cref="SpanNamed"/> where only a span of time compared with the statement's stands); null when
    /// no sentence has either.
    /// </summary>
    private static int[]? NumberConflicts(FaithfulnessStatement statement, FaithfulnessAnswer answer, int n)
    {
        if (!statement.HasMeasures || answer.Quantities is not { Count: > 0 } quantities)
        {
            return null;
        }

        List<(int Sentence, int Quantity)>? conflicting = null;
        List<(int Sentence, string Family)>? agreeing = null;
        List<int>? timed = null;
        List<int>? firstAgreed = null;
        var spans = statement.TimeSpans;
        var tokens = answer.Analysis.Tokens;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Unit is "°c" or "°f" && !(BodyTemperature(q) && Threshold(tokens, q.Token)))
            {
                continue; // a storage or room temperature, or someone's reading ("38.4 °C is urgent"), is not a threshold
            }

            var time = spans.Length > 0 ? TimeAgreement(spans, q, BoundOf(tokens, q.Token), Floor(tokens, q.Token)) : null;
            var sentence = tokens[q.Token].Sentence;
            if (time is not null && statement.TimeUnitMask != 0)
            {
                // The sentence's first span of time decides whether it agrees (see SpanAgreed).
                if (time == true && !(timed?.Contains(sentence) ?? false))
                {
                    (firstAgreed ??= []).Add(sentence);
                }

                (timed ??= []).Add(sentence);
            }

            if ((MeasureUnits.Contains(q.Unit) && statement.Quantities.ContainsKey(q.Unit) && (statement.Quantities[""].Contains(q.Value) || WithinBound(statement, q, tokens))) || time == true)
            {
                (agreeing ??= []).Add((sentence, Family(q.Unit)));
            }
            else if ((MeasureUnits.Contains(q.Unit) && statement.Quantities.ContainsKey(q.Unit)) || time == false)
            {
                (conflicting ??= []).Add((sentence, i));
            }
        }

        if (conflicting is null && timed is null)
        {
            return null;
        }

        // A sentence that gives the statement's own number as well lists others beside it (a starting dose next to the
        // reduced ones, "every 4 to 6 hours" for one drug beside "every 4 hours" for another): it does not give another
        // number of that kind instead. A number of another kind in it still conflicts (an age beside an agreeing interval).
        var conflicts = new int[n];
        Array.Fill(conflicts, -1);
        foreach (var sentence in timed ?? [])
        {
            conflicts[sentence] = SpanNamed;
        }

        foreach (var (sentence, i) in conflicting ?? [])
        {
            if (conflicts[sentence] < 0 && !(agreeing?.Contains((sentence, Family(quantities[i].Unit))) ?? false))
            {
                conflicts[sentence] = i;
            }
        }

        // A sentence whose first span of time agrees with the statement's gives that span for what it names first
        // ("Scope at 2 years, then yearly"); a later span is for what comes next.
        foreach (var sentence in firstAgreed ?? [])
        {
            if (conflicts[sentence] == SpanNamed)
            {
                conflicts[sentence] = SpanAgreed;
            }
        }

        return conflicts;
    }

    /// <summary>Whether a quantity in degrees is a body temperature (34–44 °C, 93–111 °F).</summary>
    private static bool BodyTemperature(Quantity q) => q.Unit == "°c" ? q.Value is >= 34 and <= 44 : q.Value is >= 93 and <= 111;

    /// <summary>
    /// Whether the number at <paramref name="at"/> is a threshold ("38 °C or higher", "above 38 °C", "from 38.5 °C"):
    /// two thresholds must agree, while a reading ("a temperature of 38.4 °C is urgent") says nothing against one.
    /// </summary>
    private static bool Threshold(IReadOnlyList<Token> tokens, int at)
    {
        if (at > 0 && tokens[at - 1].Sentence == tokens[at].Sentence && tokens[at - 1].Term is "above" or "over" or "least" or "from" or "exceeds" or "exceeding" or "than")
        {
            return true;
        }

        return BoundAfter(tokens, at) > 0;
    }

    /// <summary>In <see cref="NumberConflicts"/>, a sentence with no conflicting number that gives a span of time comparable with the statement's.</summary>
    private const int SpanNamed = -2;

    /// <summary>In <see cref="NumberConflicts"/>, a <see cref="SpanNamed"/> sentence whose first span of time agrees with the statement's.</summary>
    private const int SpanAgreed = -3;

    /// <summary>Numbers compare within a family: spans of time with each other, every other unit with itself.</summary>
    private static string Family(string unit) => Rank(unit) >= 0 ? "time" : unit;

    /// <summary>The reason a conflicting number gives: "400 mg where the statement says 600 mg".</summary>
    private static string Conflict(FaithfulnessStatement statement, FaithfulnessAnswer answer, Quantity q) =>
        string.Create(CultureInfo.InvariantCulture, $"{answer.Analysis.Slice(q.Span)} where the statement says {(statement.Quantities.TryGetValue(q.Unit, out var same) && Family(q.Unit) != "time" ? string.Join(" or ", same.Order().Select(v => v.ToString(CultureInfo.InvariantCulture) + " " + q.Unit)) : string.Join(" or ", statement.TimeSpans.Select(t => t.Text)))}");

    /// <summary>Days in one of each unit of time.</summary>
    private static double DaysIn(string unit) => unit switch
    {
        "minute" => 1.0 / 1440, "hour" => 1.0 / 24, "day" => 1, "week" => 7, "month" => 30.44, "year" => 365.25, _ => 0,
    };

    private static int Rank(string unit) => unit switch { "minute" => 0, "hour" => 1, "day" => 2, "week" => 3, "month" => 4, "year" => 5, _ => -1 };

    /// <summary>
    /// Whether a span of time in the answer agrees with the statement's (true: it is one of them, give or take a few
    /// days in a month, lies between the statement's shortest and longest, or keeps within a bound the statement sets —
    /// "5 days" for "less than 2 weeks", "72 hours" for "at least 48 hours"), disagrees (false: it is given in the same
    /// unit as one of the statement's or the next one up or down — "4 to 6 weeks" against "6 months", "every year"
    /// against "every 2 years"), or cannot be compared (null: "5 years" beside "48 hours"; a bound of its own, "more
    /// than 3 days", beside another).
    /// </summary>
    private static bool? TimeAgreement((double Days, string Unit, string Text, int Bound, bool Floor)[] spans, Quantity q, int bound, bool floor)
    {
        var rank = Rank(q.Unit);
        if (rank < 0)
        {
            return null;
        }

        var days = q.Value * DaysIn(q.Unit);
        var (low, high, near) = (double.MaxValue, double.MinValue, false);
        foreach (var (d, unit, _, _, _) in spans)
        {
            if (Math.Abs(days - d) <= 0.08 * d)
            {
                return true;
            }

            (low, high) = (Math.Min(low, d), Math.Max(high, d));
            near |= Math.Abs(Rank(unit) - rank) <= 1;
        }

        // The statement's plain values, without its bounds: "5 years, at times up to 10" spans 5 to 10 years.
        var (lowest, highest) = (double.MaxValue, double.MinValue);
        foreach (var (d, _, _, limit, _) in spans)
        {
            if (limit == 0)
            {
                (lowest, highest) = (Math.Min(lowest, d), Math.Max(highest, d));
            }
        }

        // A bound in the answer is a claim of its own about the same span. It disagrees where no span the statement
        // allows meets it: a most under the statement's least value or least bound ("within 7–10 days" against "4–6
        // weeks"), a least outside its values ("wait at least 15 minutes" against "30–60 minutes") or over its most.
        // Two mosts compare as values ("within 24 hours" against "within 2 weeks"). Of two leasts only a weaker floor
        // disagrees ("at least 1 hour apart is enough" against "at least 4 hours"): a stricter least may keep the
        // statement's ("at least 72 hours" for "at least 48 hours"), a least that is a condition ("a fever beyond 3
        // days") may set another threshold for another step, and a least per day ("at least 30 minutes a day") is a
        // rate, not a span to compare.
        if (bound != 0)
        {
            return near && Array.Exists(spans, t => bound < 0
                ? t.Bound < 0 || (t.Bound > 0 && days < t.Days * 0.92) || (t.Bound == 0 && days < lowest * 0.92)
                : (t.Bound < 0 && days > t.Days * 1.08) || (t.Bound > 0 && floor && t.Floor && days < t.Days * 0.92) || (t.Bound == 0 && (days < lowest * 0.92 || days > highest * 1.08))) ? false : null;
        }

        foreach (var (d, unit, _, limit, _) in spans)
        {
            // A most agrees with what lies under it, down to the statement's least plain value ("2 years" is not "5 years
            // and sometimes up to 10"); a least with what lies over it, in its unit or the next ("10 years" is another
            // span than "at least 10 days").
            if (Math.Abs(Rank(unit) - rank) <= 1 &&
                ((limit > 0 && days >= d && (highest == double.MinValue || days <= highest * 1.08)) ||
                 (limit < 0 && days <= d && (lowest == double.MaxValue || days >= lowest * 0.92))))
            {
                return true;
            }
        }

        return spans.Length > 1 && days >= low && days <= high ? true : near ? false : null;
    }

    /// <summary>Whether sentences <paramref name="sentence"/> to <paramref name="sentence"/> + <paramref name="width"/> - 1 restrict what they say (see <see cref="FaithfulnessVocabulary.Restrictives"/>).</summary>
    private static bool Restricts(AnswerAnalysis analysis, int sentence, int width)
    {
        var (first, _) = analysis.TokenRange(sentence).GetOffsetAndLength(analysis.Tokens.Count);
        var tokens = analysis.TokenSpan;
        for (var t = first; t < tokens.Length && tokens[t].Sentence < sentence + width; t++)
        {
            if (FaithfulnessVocabulary.Restrictives.Contains(tokens[t].Term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> opens on the subject of the sentence before: a pronoun ("It is given …",
    /// "They last …"), an ordinal of it ("The second dose is …", "The next one …"), or a participle that leaves it out
    /// ("Taken with endocrine therapy for 5 years.").
    /// </summary>
    private static bool CarriesSubject(AnswerAnalysis analysis, int s)
    {
        var range = analysis.TokenRange(s);
        var tokens = analysis.Tokens;
        var (start, end) = (range.Start.Value, range.End.Value);
        if (start >= end)
        {
            return false;
        }

        return tokens[start].Term switch
        {
            "it" or "they" or "these" or "those" or "its" or "their" or "both" or "each" or "it's" or "they're" or "it\u2019s" or "they\u2019re" => true,
            // A clause that leaves its subject out, as terse answers do: "Taken with food.", "Given every 3 weeks."
            "taken" or "given" or "used" or "continued" or "started" or "stopped" or "prescribed" or "approved" or "offered" or "recommended" => true,
            "the" or "a" or "your" or "this" => start + 1 < end && tokens[start + 1].Term is "second" or "third" or "next" or "first" or "last" or "final" or "other" or "same" or "following" or "later" or "booster",
            _ => false,
        };
    }

    /// <summary>
    /// Whether the span of time at <paramref name="token"/> is a floor: a least said as a minimum to keep ("at least 4
    /// hours apart", "a minimum of 30 minutes"), not a condition ("beyond 5 days", "more than 2 weeks") nor a rate
    /// ("at least 30 minutes a day").
    /// </summary>
    private static bool Floor(IReadOnlyList<Token> tokens, int token) =>
        token >= 1 && tokens[token - 1].Sentence == tokens[token].Sentence &&
        (tokens[token - 1].Term is "least" or "minimum" || (token >= 2 && tokens[token - 1].Term == "of" && tokens[token - 2].Term == "minimum")) &&
        !PerPeriod(tokens, token);

    /// <summary>Whether the span of time at <paramref name="token"/> is given per period ("30 minutes a day", "4 hours per night", "an hour daily").</summary>
    private static bool PerPeriod(IReadOnlyList<Token> tokens, int token)
    {
        for (var t = token + 1; t < tokens.Count && t <= token + 6 && tokens[t].Sentence == tokens[token].Sentence; t++)
        {
            var term = tokens[t].Term;
            if (term is "daily" or "weekly" or "nightly" or "monthly" or "yearly" or "annually" ||
                (term is "a" or "an" or "per" or "each" or "every" && t + 1 < tokens.Count && tokens[t + 1].Term is "day" or "week" or "night" or "month" or "year" or "session" or "evening" or "morning"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the number at <paramref name="token"/> is a bound: 1 for a least ("at least 48 hours", "more than 5 days",
    /// "2 kg or more"), -1 for a most ("less than 2 weeks", "up to 6 months", "within 10 days", "3 days or less"), 0 for a value.
    /// </summary>
    private static int BoundOf(IReadOnlyList<Token> tokens, int token)
    {
        for (var k = 1; k <= 3 && token - k >= 0 && tokens[token - k].Sentence == tokens[token].Sentence; k++)
        {
            var before = token - k > 0 ? tokens[token - k - 1].Term : "";
            switch (tokens[token - k].Term)
            {
                case "least" or "over" or "beyond" or "minimum" or "exceeding":
                    return 1;
                case "under" or "within" or "most" or "maximum":
                    return -1;
                case "to" when before == "up":
                    return -1;
                case "than" when before is "more" or "longer" or "greater":
                    return token - k - 2 >= 0 && tokens[token - k - 2].Term is "no" or "not" ? -1 : 1;
                case "than" when before is "less" or "fewer" or "shorter":
                    return -1;
            }
        }

        return BoundAfter(tokens, token);
    }

    /// <summary>
    /// The bound the words after the number at <paramref name="token"/> and its unit set: 1 for "2 kg or more", "aged 50
    /// and over", "38 °C or higher"; -1 for "3 days or less", "aged 16 and under"; 0 for none ("… and more" is
    /// usually something else: "3 days and more fluids").
    /// </summary>
    private static int BoundAfter(IReadOnlyList<Token> tokens, int token)
    {
        for (var t = token + 1; t <= token + 4 && t + 1 < tokens.Count && tokens[t].Sentence == tokens[token].Sentence; t++)
        {
            if (tokens[t].Term is "or" or "and")
            {
                return (tokens[t].Term, tokens[t + 1].Term) switch
                {
                    (_, "above" or "over" or "older") or ("or", "more" or "higher" or "greater" or "longer") => 1,
                    (_, "below" or "under" or "younger") or ("or", "less" or "fewer" or "lower" or "shorter") => -1,
                    _ => 0,
                };
            }
        }

        return 0;
    }

    /// <summary>The spans of time a statement gives ("6–12 weeks", "every 2 years", "at least 48 hours"), in days with their unit, text, bound and whether each is a floor (see <see cref="Floor"/>).</summary>
    internal static (double Days, string Unit, string Text, int Bound, bool Floor)[] TimeSpansOf(AnswerAnalysis analysis) =>
        QuantityFinder.Find(analysis).Where(q => Rank(q.Unit) >= 0)
            .Select(q => (q.Value * DaysIn(q.Unit), q.Unit, q.Value.ToString(CultureInfo.InvariantCulture) + " " + q.Unit, BoundOf(analysis.Tokens, q.Token), Floor(analysis.Tokens, q.Token)))
            .OrderBy(t => t.Item1).ToArray();

    /// <summary>The amounts a statement bounds ("under 5 mm", "at least 50 %"), with their bound (-1 at most, +1 at least); temperatures are thresholds of their own.</summary>
    internal static (string Unit, double Value, int Bound)[] MeasureBoundsOf(AnswerAnalysis analysis) =>
        QuantityFinder.Find(analysis).Where(q => MeasureUnits.Contains(q.Unit) && q.Unit is not ("°c" or "°f"))
            .Select(q => (q.Unit, q.Value, BoundOf(analysis.Tokens, q.Token)))
            .Where(b => b.Item3 != 0).ToArray();

    /// <summary>
    /// Whether an answer's single amount keeps within a bound the statement sets for its unit: "a 4 mm stone" is one of
    /// "stones under 5 mm". A share with a cap of its own agrees when it is as strict or stricter ("fewer than 1 in 10,000"
    /// for "under 1 in 1,000"); any other bounded amount ("over 10 mm") is compared as written.
    /// </summary>
    private static bool WithinBound(FaithfulnessStatement statement, Quantity q, IReadOnlyList<Token> tokens)
    {
        if (statement.MeasureBounds.Length == 0)
        {
            return false;
        }

        // A share capped as strictly or more keeps within the statement's cap ("fewer than 1 in 10,000" for "under 1 in
        // 1,000"); another bounded amount sets a limit of its own ("up to age 26" is not "up to age 45", "7 % or higher"
        // is another threshold than "6.5 % or higher").
        var own = BoundOf(tokens, q.Token);
        foreach (var (unit, value, bound) in statement.MeasureBounds)
        {
            if (unit == q.Unit && (own == 0 || (own == bound && bound < 0 && unit == "%")) && (bound < 0 ? q.Value <= value : q.Value >= value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of <paramref name="units"/> (a statement's quantity units) is one whose numbers must agree.</summary>
    internal static bool AnyMeasure(IEnumerable<string> units) => units.Any(MeasureUnits.Contains);

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

    private static List<TextSpan> Spans(FaithfulnessAnswer answer, (int Start, int Width) at)
    {
        var spans = new List<TextSpan>(at.Width);
        for (var s = at.Start; s < at.Start + at.Width; s++)
        {
            spans.Add(answer.Analysis.Sentences[s].Span);
        }

        return spans;
    }

    /// <summary>The per-sentence unit masks of one match, reused on each thread.</summary>
    internal sealed class Masks
    {
        public ulong[] Agree = new ulong[64];
        public ulong[] Against = new ulong[64];
        public ulong[] Credited = new ulong[64];

        // Per sentence, a hint synonym's units found there (bit k: its k-th unit) with its own and with the opposite polarity; all zero between uses.
        public ulong[] Same = new ulong[64];
        public ulong[] Flipped = new ulong[64];

        /// <summary>Grows the arrays to hold <paramref name="n"/> sentences (new ones are all zero).</summary>
        public void Fit(int n)
        {
            if (Agree.Length < n)
            {
                var size = Math.Max(n, Agree.Length * 2);
                Agree = new ulong[size];
                Against = new ulong[size];
                Credited = new ulong[size];
                Same = new ulong[size];
                Flipped = new ulong[size];
            }
        }
    }
}
