using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators.Faithfulness;

/// <summary>Loads the labelled (answer, statement, label) pairs and scores them with the deterministic scorer.</summary>
internal static class EntailmentPairs
{
    public static readonly string[] Classes = ["entailed", "neutral", "contradicted"];

    public static IReadOnlyList<(string Id, string Statement, string Answer, string Label)> Load(string file) =>
        File.ReadLines(RepoPaths.Of("tests", "OncoAnswer.Harness.Tests", "Evaluators", "Faithfulness", file))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("statement").GetString()!, e.GetProperty("answer").GetString()!, e.GetProperty("label").GetString()!))
            .ToList();

    public static (ConfusionMatrix Matrix, List<string> Misses) Score(IEnumerable<(string Id, string Statement, string Answer, string Label)> pairs)
    {
        var scorer = new FaithfulnessScorer(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));
        var matrix = new ConfusionMatrix(Classes);
        var misses = new List<string>();
        foreach (var (id, statementRef, answer, label) in pairs)
        {
            var statement = scorer.Resolve(statementRef) ?? throw new InvalidOperationException($"{id}: unknown statement {statementRef}");
            var match = scorer.Match(AnswerAnalysis.Of(answer), statement);
            var actual = match.Verdict switch { StatementVerdictKind.Entailed => "entailed", StatementVerdictKind.Contradicted => "contradicted", _ => "neutral" };
            matrix.Add(label, actual);
            if (actual != label)
            {
                misses.Add($"{id}: labelled {label}, scored {actual} (coverage {match.Coverage:0.00}, {match.Why}) — {statementRef} / {answer}");
            }
        }

        return (matrix, misses);
    }

    /// <summary>Entailed vs not (neutral and contradicted folded).</summary>
    public static ConfusionMatrix EntailedVsNot(ConfusionMatrix matrix) =>
        matrix.Fold(["entailed", "not-entailed"], c => c == "entailed" ? "entailed" : "not-entailed");
}
