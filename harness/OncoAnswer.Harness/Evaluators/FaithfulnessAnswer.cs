using System.Runtime.InteropServices;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// An answer indexed once for statement matching: for every unit key (content stem or concept, brand and lay names
/// folded in by the lexicon) the sentences that assert it and whether they negate it. Questions and words the answer
/// attributes to others (quotes, "some websites claim") are left out: the answer does not assert them. Only the units
/// the knowledge base knows are indexed up front (by unit number, see <see cref="FaithfulnessIndex.KeyIds"/>); a stem
/// only an inline statement names is found by reading the tokens when it is first asked for.
/// </summary>
internal sealed class FaithfulnessAnswer
{
    private readonly FaithfulnessIndex index;
    // Occurrences of every indexed unit in one array, unit after unit (each unit's in the order found), and where each
    // unit's run starts: unit u occupies occurrences[starts[u]..starts[u + 1]].
    private readonly (int Sentence, bool Negated)[] occurrences;
    private readonly int[] starts;
    private readonly bool[] eligible;
    private readonly bool[] negated;
    private readonly Lock gate = new();
    private Dictionary<string, List<(int Sentence, bool Negated)>>? otherStems;

    public FaithfulnessAnswer(AnswerAnalysis analysis, FaithfulnessIndex index)
    {
        Analysis = analysis;
        this.index = index;
        var found = scratch ??= [];
        found.Clear();
        var asserted = new bool[analysis.Sentences.Count];
        for (var s = 0; s < asserted.Length; s++)
        {
            var text = analysis.Sentences[s].Text.AsSpan().TrimEnd();
            asserted[s] = text.IsEmpty || text[^1] != '?';
        }

        // Scopes are read once into per-token flags (the answer may hold hundreds of words and dozens of scopes).
        var tokens = analysis.Tokens;
        negated = new bool[tokens.Count];
        eligible = new bool[tokens.Count];
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
            eligible[t] = asserted[token.Sentence] && !attributed[t];
            if (eligible[t] && index.ContentUnit.Of(token) is var id && id >= 0)
            {
                found.Add((id, token.Sentence, negated[t]));
            }
        }

        var matches = analysis.Matches(index.Lexicon);
        for (var category = 0; category < matches.CategoryCount; category++)
        {
            var (unit, opposite) = index.ConceptUnits[category];
            if (unit < 0 || matches.Of(category) is not { } conceptMatches)
            {
                continue;
            }

            foreach (var match in conceptMatches)
            {
                if (asserted[match.Sentence] && !attributed[match.FirstToken])
                {
                    // A cue inside the match ("can't wait", "stop … progressing") is part of the phrase, not its polarity.
                    var isNegated = negated[match.FirstToken] &&
                        polar.Any(p => p.Covers(match.FirstToken) && (p.Cue.Start < match.Span.Start || p.Cue.Start >= match.Span.End));
                    found.Add((unit, match.Sentence, isNegated ^ opposite));
                }
            }
        }

        // A stable counting sort by unit: each unit's occurrences keep the order they were found in.
        starts = new int[index.KeyIds.Count + 1];
        foreach (var (unit, _, _) in found)
        {
            starts[unit + 1]++;
        }

        for (var u = 1; u < starts.Length; u++)
        {
            starts[u] += starts[u - 1];
        }

        occurrences = new (int Sentence, bool Negated)[found.Count];
        var next = starts[..^1];
        foreach (var (unit, sentence, isNegated) in found)
        {
            occurrences[next[unit]++] = (sentence, isNegated);
        }

        Quantities = QuantityFinder.Find(analysis).Where(q => q.Unit.Length > 0 && asserted[tokens[q.Token].Sentence]).ToList();
    }

    public AnswerAnalysis Analysis { get; }

    /// <summary>Numbers with units in asserted sentences.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    public int SentenceCount => Analysis.Sentences.Count;

    /// <summary>Where <paramref name="key"/> occurs (empty when nowhere): word occurrences in text order, then concept mentions.</summary>
    public ReadOnlySpan<(int Sentence, bool Negated)> Find(string key) =>
        index.KeyIds.TryGetValue(key, out var id) ? Occurrences(id)
        : key.StartsWith("s:", StringComparison.Ordinal) ? CollectionsMarshal.AsSpan(OtherStem(key[2..]))
        : []; // every concept of the lexicon has a unit number, so an unknown concept key occurs nowhere

    /// <summary>Where <paramref name="unit"/> occurs, by its unit number when it has one.</summary>
    public ReadOnlySpan<(int Sentence, bool Negated)> Find(in FaithfulnessUnit unit) =>
        unit.Id >= 0 ? Occurrences(unit.Id) : Find(unit.Key);

    private ReadOnlySpan<(int Sentence, bool Negated)> Occurrences(int unit) => occurrences.AsSpan(starts[unit], starts[unit + 1] - starts[unit]);

    [ThreadStatic]
    private static List<(int Unit, int Sentence, bool Negated)>? scratch;

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

    /// <summary>A stem the knowledge base does not know (an inline statement's): read from the tokens once, then kept.</summary>
    private List<(int Sentence, bool Negated)> OtherStem(string stem)
    {
        lock (gate)
        {
            otherStems ??= new Dictionary<string, List<(int Sentence, bool Negated)>>(StringComparer.Ordinal);
            if (!otherStems.TryGetValue(stem, out var list))
            {
                list = [];
                var tokens = Analysis.Tokens;
                for (var t = 0; t < tokens.Count; t++)
                {
                    if (eligible[t] && string.Equals(tokens[t].Stem, stem, StringComparison.Ordinal) && !IsIgnored(tokens[t]))
                    {
                        list.Add((tokens[t].Sentence, negated[t]));
                    }
                }

                otherStems[stem] = list;
            }

            return list;
        }
    }
}
