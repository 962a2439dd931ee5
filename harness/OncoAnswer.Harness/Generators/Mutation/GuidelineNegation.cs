using System.Text.RegularExpressions;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Generators.Mutation;

/// <summary>
/// The <c>negate-guideline</c> edit: finds the answer's sentences that restate a guideline statement and reverses them.
/// A sentence restates a statement when it shares enough of the statement's content words (compared by their first
/// five letters, so "treated" meets "treatment"); the scenario's must-have statements are looked for first, every
/// guideline fact of the knowledge base only when the answer restates none of them. The matching and the negation are
/// the operator's own, independent of the evaluators' matcher and lexicons. An answer that restates no statement is
/// left alone (the operator does not apply).
/// </summary>
internal static partial class GuidelineNegation
{
    /// <summary>Least share of a statement's content stems a sentence must carry to restate it.</summary>
    public const double MinOverlap = 0.4;

    /// <summary>Least share for the scenario's own must-have statements (the answer is expected to restate them).</summary>
    public const double MustHaveOverlap = 0.3;

    /// <summary>Least number of shared content stems.</summary>
    public const int MinShared = 3;

    private static readonly HashSet<string> FunctionWords = new(
        [
            "the", "and", "for", "with", "that", "this", "these", "those", "such", "from", "into", "onto", "than", "then", "they", "them",
            "their", "there", "your", "you", "our", "its", "it's", "are", "is", "was", "were", "be", "been", "being", "can", "could", "may",
            "might", "must", "should", "will", "would", "does", "do", "did", "has", "have", "had", "not", "no", "but", "or", "nor", "of",
            "to", "in", "on", "at", "by", "as", "an", "a", "if", "so", "also", "only", "other", "some", "any", "all", "more", "most", "what",
            "when", "which", "who", "how", "about", "over", "under", "while", "each", "both", "like", "very", "much", "many",
        ],
        StringComparer.Ordinal);

    /// <summary>The answer with every sentence that restates a candidate statement negated; null when none does.</summary>
    public static string? Apply(string text, MutationContext context)
    {
        // Conduct statements describe how an answer behaves (disclaimer, clarifying question), not a guideline fact.
        var facts = context.KnowledgeBase.Statements.Where(s => s.Kind == StatementKind.Guideline && !s.Tags.Contains("conduct")).ToList();
        var mustHave = facts.Where(s => context.MustHave.Contains(s.Id, StringComparer.Ordinal)).ToList();
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).Where(IsClaim).ToList();
        var restating = Restating(sentences, mustHave, MustHaveOverlap);
        if (restating.Count == 0)
        {
            restating = Restating(sentences, facts, MinOverlap);
        }

        if (restating.Count == 0)
        {
            return null;
        }

        var changed = false;
        var result = MutationEdits.RewriteSentences(text, s =>
        {
            if (!restating.TryGetValue(s, out var statement))
            {
                return s;
            }

            var negated = NegateClosest(s, statement);
            changed |= !string.Equals(negated, s, StringComparison.Ordinal);
            return negated;
        });
        return changed ? result : null;
    }

    /// <summary>Whether <paramref name="sentence"/> restates <paramref name="statement"/> by the operator's own overlap test.</summary>
    public static bool Restates(string sentence, string statement) => Restates(sentence, statement, MinOverlap);

    private static bool Restates(string sentence, string statement, double minOverlap)
    {
        var wanted = Stems(statement);
        if (wanted.Count == 0)
        {
            return false;
        }

        var shared = wanted.Count(Stems(sentence).Contains);
        return shared >= Math.Min(MinShared, wanted.Count) && shared >= minOverlap * wanted.Count;
    }

    /// <summary>
    /// Reverses one claim: removes the first negation when the sentence has one ("do not treat" → "do treat"), else puts
    /// "not" after its first auxiliary ("is treated" → "is not treated"), else "never" before its first past-tense verb
    /// ("helped" → "never helped"), else prefixes "It is not true that".
    /// </summary>
    public static string Negate(string sentence, bool lowerStart = false)
    {
        var negation = MainClauseMatch(Negation(), sentence);
        var auxiliary = MainClauseMatch(Auxiliary(), sentence);
        if (negation is not null)
        {
            return sentence[..negation.Index] + Positive(negation.Value) + sentence[(negation.Index + negation.Length)..];
        }

        if (auxiliary is not null)
        {
            return sentence[..(auxiliary.Index + auxiliary.Length)] + " not" + sentence[(auxiliary.Index + auxiliary.Length)..];
        }

        // No auxiliary: "helped more people" → "never helped more people" (a participle before "by" is not the verb).
        var past = MainClauseMatch(PastVerb(), sentence);
        if (past is not null)
        {
            return sentence[..past.Index] + "never " + sentence[past.Index..];
        }

        var lead = Lead().Match(sentence);
        var rest = sentence[lead.Length..];
        if (rest.Length == 0)
        {
            return sentence;
        }

        var first = rest.Length > 1 && char.IsUpper(rest[1]) ? rest : char.ToLowerInvariant(rest[0]) + rest[1..];
        return sentence[..lead.Length] + (lowerStart ? "it is not true that " : "It is not true that ") + first;
    }

    /// <summary>
    /// Negates the clause (between semicolons or after a colon) of <paramref name="sentence"/> that shares most with
    /// <paramref name="statement"/>, so "I can't advise on doses: changes are decided by your oncologist" reverses the
    /// restated claim, not the aside.
    /// </summary>
    public static string NegateClosest(string sentence, string statement)
    {
        var wanted = Stems(statement);
        var clauses = ClauseBreak().Split(sentence);
        if (clauses.Length == 1)
        {
            return Negate(sentence);
        }

        var best = 0;
        var bestShared = -1;
        for (var i = 0; i < clauses.Length; i++)
        {
            var shared = Stems(clauses[i]).Count(wanted.Contains);
            if (shared > bestShared)
            {
                (best, bestShared) = (i, shared);
            }
        }

        var start = 0;
        foreach (var m in ClauseBreak().Matches(sentence).Take(best))
        {
            start = m.Index + m.Length;
        }

        var clause = clauses[best];
        return sentence[..start] + Negate(clause, lowerStart: start > 0) + sentence[(start + clause.Length)..];
    }

    private static Dictionary<string, string> Restating(List<string> sentences, List<GuidelineStatement> statements, double minOverlap)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var statement = statements.FirstOrDefault(st => Restates(sentence, st.Text, minOverlap));
            if (statement is not null)
            {
                found.TryAdd(sentence, statement.Text);
            }
        }

        return found;
    }

    // A claim has a verb the negation can take hold of (a bare list item such as "- joint pain from aromatase inhibitors" does not).
    private static bool IsClaim(string sentence) =>
        !sentence.TrimEnd().EndsWith('?') && !SourceLine().IsMatch(sentence) &&
        (Auxiliary().IsMatch(sentence) || Negation().IsMatch(sentence) || PastVerb().IsMatch(sentence));

    // The first auxiliary or negation of the main clause: one after a subordinator ("while counts are low", "that
    // have not been removed") belongs to the subordinate clause and is passed over.
    private static Match? MainClauseMatch(Regex pattern, string text)
    {
        var wanted = pattern.Matches(text).ToDictionary(m => m.Index);
        var verbs = Auxiliary().Matches(text).Concat(Negation().Matches(text)).Concat(PastVerb().Matches(text)).Select(m => (m.Index, Verb: true));
        var events = Subordinator().Matches(text).Select(m => (m.Index, Verb: false)).Concat(verbs).Distinct().OrderBy(e => e.Index).ThenBy(e => e.Verb);
        // "are not" is one event: both patterns match at the same index.
        var pending = 0;
        foreach (var (index, verb) in events)
        {
            if (!verb)
            {
                pending++;
                continue;
            }

            if (pending > 0)
            {
                pending--;
                continue;
            }

            if (wanted.TryGetValue(index, out var match))
            {
                return match;
            }
        }

        return null;
    }

    private static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            var w = word.Value.ToLowerInvariant();
            if (w.Length < 3 || FunctionWords.Contains(w))
            {
                continue;
            }

            stems.Add(w.Length > 5 ? w[..5] : w.TrimEnd('s'));
        }

        return stems;
    }

    private static string Positive(string negation)
    {
        var lower = negation.ToLowerInvariant();
        var positive = lower switch
        {
            "cannot" or "can't" or "can not" => "can",
            "won't" => "will",
            "never" => "always",
            "no longer" => "still",
            "no" => "good",
            "none" => "all",
            _ when lower.EndsWith("n't", StringComparison.Ordinal) => lower[..^3],
            _ when lower.EndsWith(" not", StringComparison.Ordinal) => lower[..^4],
            _ => "",
        };
        return char.IsUpper(negation[0]) && positive.Length > 0 ? char.ToUpperInvariant(positive[0]) + positive[1..] : positive;
    }

    [GeneratedRegex(@"(?<=[;:])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\W*(?:sources?|references?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\b(?:that|which|who|whom|whose|while|when|whenever|if|unless|until|because|although|though|whether|where)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subordinator();

    // A past-tense verb: not a participle after an auxiliary, article or hyphen ("has spread", "a randomised trial",
    // "chemotherapy-induced") or before a preposition ("followed by").
    [GeneratedRegex(@"(?<![-\w])(?<!\b(?:a|an|the|is|are|was|were|be|been|being|has|have|had|not|never|large|small)\s+)(?:[a-z]{3,}ed|had)\b(?!\s+(?:by|to|with|for|in|as|from|on)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^[\W\d]*", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    // The first negation of a claim; "not" alone keeps the word before it ("is not" → "is").
    [GeneratedRegex(@"\b(?:cannot|can not|can't|won't|\w+n't|(?:is|are|was|were|do|does|did|has|have|had|should|will|would|may|might|could|must) not|no longer|never|none|no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // An auxiliary with a word after it ("what to do." ends a clause, it does not assert one).
    [GeneratedRegex(@"\b(?:is|are|was|were|can|could|does|do|did|should|will|would|may|might|must|has|have)\b(?=\s+[\w(])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();
}
