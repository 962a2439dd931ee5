using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// An answer indexed once for statement matching: for every unit key (content stem or concept, brand and lay names
/// folded in by the lexicon) the sentences that assert it and whether they negate it. Questions and words the answer
/// attributes to others (quotes, "some websites claim") are left out: the answer does not assert them.
/// </summary>
internal sealed class FaithfulnessAnswer
{
    // Keyed by stem and by concept name; unit keys are "s:" + stem and "c:" + concept, looked up without building strings.
    private readonly Dictionary<string, List<(int Sentence, bool Negated)>> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Sentence, bool Negated)>> concepts = new(StringComparer.Ordinal);

    public FaithfulnessAnswer(AnswerAnalysis analysis, PhraseLexicon lexicon)
    {
        Analysis = analysis;
        var asserted = new bool[analysis.Sentences.Count];
        for (var s = 0; s < asserted.Length; s++)
        {
            asserted[s] = !analysis.Sentences[s].Text.TrimEnd().EndsWith('?');
        }

        // Scopes are read once into per-token flags (the answer may hold hundreds of words and dozens of scopes).
        var tokens = analysis.Tokens;
        var negated = new bool[tokens.Count];
        var attributed = new bool[tokens.Count];
        var polar = new List<Scope>();
        foreach (var scope in analysis.Scopes)
        {
            if (scope.Kind == ScopeKind.Negation && FaithfulnessVocabulary.IsPolarity(analysis, scope))
            {
                polar.Add(scope);
                Mark(negated, scope);
            }
            else if (scope.Kind is ScopeKind.Quote or ScopeKind.Reported)
            {
                Mark(attributed, scope);
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!asserted[token.Sentence] || attributed[t] || IsIgnored(token))
            {
                continue;
            }

            Add(stems, token.Stem, token.Sentence, negated[t]);
        }

        var matches = analysis.Matches(lexicon);
        foreach (var category in matches.Categories)
        {
            if (!FaithfulnessVocabulary.IsConcept(category))
            {
                continue;
            }

            var (concept, opposite) = FaithfulnessVocabulary.Concept(category);
            foreach (var match in matches.Of(category))
            {
                if (asserted[match.Sentence] && !attributed[match.FirstToken])
                {
                    // A cue inside the match ("can't wait", "stop … progressing") is part of the phrase, not its polarity.
                    var isNegated = negated[match.FirstToken] &&
                        polar.Any(p => p.Covers(match.FirstToken) && (p.Cue.Start < match.Span.Start || p.Cue.Start >= match.Span.End));
                    Add(concepts, concept, match.Sentence, isNegated ^ opposite);
                }
            }
        }

        Quantities = QuantityFinder.Find(analysis).Where(q => q.Unit.Length > 0 && asserted[tokens[q.Token].Sentence]).ToList();
    }

    public AnswerAnalysis Analysis { get; }

    /// <summary>Numbers with units in asserted sentences.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    public int SentenceCount => Analysis.Sentences.Count;

    /// <summary>Where <paramref name="key"/> occurs (empty when nowhere).</summary>
    public IReadOnlyList<(int Sentence, bool Negated)> Find(string key)
    {
        var table = key.StartsWith("s:", StringComparison.Ordinal) ? stems : key.StartsWith("c:", StringComparison.Ordinal) ? concepts : null;
        return table is not null && table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key.AsSpan(2), out var list) ? list : [];
    }

    public static bool IsIgnored(Token token) =>
        FaithfulnessVocabulary.Ignored.Contains(token.Stem) || FaithfulnessVocabulary.Ignored.Contains(token.Term) ||
        token.Term.EndsWith("n't", StringComparison.Ordinal) || char.IsAsciiDigit(token.Term[0]) ||
        Cue(token.Term);

    private static bool Cue(string term) =>
        term is "not" or "no" or "never" or "none" or "nor" or "neither" or "without" or "cannot" or "may" or "might" or "could";

    private static void Mark(bool[] flags, Scope scope)
    {
        for (var t = scope.FirstToken; t <= scope.LastToken && t < flags.Length; t++)
        {
            flags[t] = true;
        }
    }

    private static void Add(Dictionary<string, List<(int Sentence, bool Negated)>> table, string key, int sentence, bool negated)
    {
        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }

        list.Add((sentence, negated));
    }
}
