using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>The evaluator set every run uses unless told otherwise; the CLI and library users call this one place.</summary>
public static class DefaultEvaluators
{
    /// <summary>
    /// Creates the default evaluators, in the order their metrics appear in results, all reading one
    /// <paramref name="lexicon"/> (default: the lexicon embedded in the harness) so the analysis of each answer and its
    /// lexicon matches are computed once and shared. Faithfulness and rubric scoring read <paramref name="knowledgeBase"/>
    /// (default: the embedded one); with <paramref name="judge"/> the LLM judge gives statement verdicts and grades
    /// rubric criteria that have no match specification. Throws an InputException when the lexicon lacks a category.
    /// </summary>
    public static IReadOnlyList<IEvaluator> Create(PhraseLexicon? lexicon = null, KnowledgeBase? knowledgeBase = null, LlmJudge? judge = null)
    {
        lexicon ??= PhraseLexicon.Embedded;
        knowledgeBase ??= KnowledgeBaseLoader.Embedded;
        return MetricCatalogue.CreateEvaluators(lexicon, knowledgeBase, judge);
    }
}
