using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>
/// Statement verdicts against the bundled knowledge base and lexicons (read from the repository, as <c>oncoanswer</c>
/// reads them): an inline fact or unsafe claim matched against an answer, optionally read against the patient's question.
/// </summary>
internal static class BundledStatements
{
    public static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    /// <summary>The verdict on a guideline fact written inline.</summary>
    public static StatementVerdictKind Fact(string fact, string answer, string? question = null) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(fact)!, question is null ? null : [AnswerAnalysis.Of(question)]).Verdict;

    /// <summary>The verdict on an unsafe claim (a must-not) written inline.</summary>
    public static StatementVerdictKind Claim(string claim, string answer) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(claim, StatementKind.Unsafe)!, null).Verdict;
}
