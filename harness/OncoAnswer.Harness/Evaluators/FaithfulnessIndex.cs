using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// The knowledge base compiled for statement matching, once per (knowledge base, lexicon): every statement's units
/// weighted by how rare they are across the knowledge base (inverse document frequency), with key-term hints weighing
/// more. Answers are indexed once each and shared by the faithfulness and rubric evaluators.
/// </summary>
internal sealed class FaithfulnessIndex
{
    private const double KeyTermBoost = 1.5;
    private const int MaxUnits = 64;
    private static readonly ConditionalWeakTable<KnowledgeBase, ConditionalWeakTable<PhraseLexicon, FaithfulnessIndex>> Cache = [];

    private readonly ConcurrentDictionary<string, FaithfulnessStatement> statements = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<AnswerAnalysis, FaithfulnessAnswer> answers = [];
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly int documents;

    private FaithfulnessIndex(KnowledgeBase knowledgeBase, PhraseLexicon lexicon)
    {
        KnowledgeBase = knowledgeBase;
        Lexicon = lexicon;
        var raw = knowledgeBase.Statements.Select(s => (s, FaithfulnessStatement.RawUnits(s.Text, lexicon))).ToList();
        documents = raw.Count;
        foreach (var key in raw.SelectMany(r => r.Item2.Select(u => u.Key).Distinct()))
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }

        foreach (var (statement, units) in raw)
        {
            statements[statement.Id] = Compile(statement, units);
        }
    }

    public KnowledgeBase KnowledgeBase { get; }

    public PhraseLexicon Lexicon { get; }

    /// <summary>The index for a knowledge base and lexicon, built on first use.</summary>
    public static FaithfulnessIndex For(KnowledgeBase knowledgeBase, PhraseLexicon lexicon) =>
        Cache.GetValue(knowledgeBase, _ => []).GetValue(lexicon, l => new FaithfulnessIndex(knowledgeBase, l));

    /// <summary>The compiled statement with <paramref name="id"/>, or null when the knowledge base has none.</summary>
    public FaithfulnessStatement? Statement(string id) => statements.TryGetValue(id, out var s) ? s : null;

    /// <summary>A statement written inline (not in the knowledge base), compiled once per text.</summary>
    public FaithfulnessStatement Inline(GuidelineStatement statement) =>
        statements.GetOrAdd("inline\u0000" + statement.Text, _ => Compile(statement, FaithfulnessStatement.RawUnits(statement.Text, Lexicon)));

    /// <summary>The answer index, built once per analysis.</summary>
    public FaithfulnessAnswer Answer(AnswerAnalysis analysis) => answers.GetValue(analysis, a => new FaithfulnessAnswer(a, Lexicon));

    /// <summary>Every guideline statement (for "is this treatment supported anywhere").</summary>
    public IEnumerable<FaithfulnessStatement> Guidelines =>
        KnowledgeBase.Statements.Where(s => s.Kind == StatementKind.Guideline).Select(s => statements[s.Id]);

    private FaithfulnessStatement Compile(GuidelineStatement statement, List<RawUnit> raw)
    {
        // A key term marks the statement units it names (by concept or by word); one naming nothing there is added.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in statement.KeyTerms)
        {
            foreach (var unit in FaithfulnessStatement.RawUnits(term, Lexicon))
            {
                var named = raw.Where(u => u.Key == unit.Key || u.Stems.Overlaps(unit.Stems)).ToList();
                if (named.Count == 0)
                {
                    raw.Add(unit);
                    named.Add(unit);
                }

                keys.UnionWith(named.Select(u => u.Key));
            }
        }

        var units = raw.Take(MaxUnits)
            .Select(u => new FaithfulnessUnit(u.Key, Weight(u.Key) * (keys.Contains(u.Key) ? KeyTermBoost : 1), u.Negated, keys.Contains(u.Key)))
            .ToList();
        var synonyms = statement.Synonyms
            .Select(s => FaithfulnessStatement.RawUnits(s, Lexicon).Select(u => u.Key).ToArray())
            .Where(s => s.Length > 0)
            .ToList();
        return new FaithfulnessStatement(statement, units, synonyms, FaithfulnessStatement.QuantitiesOf(statement.Text));
    }

    private double Weight(string key) => Math.Log((documents + 1.0) / Math.Max(1, documentFrequency.GetValueOrDefault(key))) + 0.5;
}
