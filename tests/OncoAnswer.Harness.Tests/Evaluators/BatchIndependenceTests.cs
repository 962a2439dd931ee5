using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// A score file's answers are judged one by one: the statements other rows write inline must not change how rare a
/// word is, so an answer's verdicts are the same alone and in a crowded file.
/// </summary>
public sealed class BatchIndependenceTests
{
    private static readonly KnowledgeBase Bundled = KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines"));
    private static readonly PhraseLexicon Lexicon = PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons"));

    private static GuidelineStatement Inline(string id, StatementKind kind, string text) =>
        new(id, kind, text, new StatementSource("inline (score input)", "", null), [], [], [], default);

    [Theory]
    [InlineData("Chemotherapy after surgery lowers the risk of stage 3 colon cancer coming back.", "Once a stage 3 colon tumour is removed, chemotherapy lowers the chance of recurrence.", StatementKind.Guideline)]
    [InlineData("A juice cleanse can replace chemotherapy for stage 3 colon cancer.", "For stage 3 colon cancer, a juice cleanse is no replacement for chemotherapy.", StatementKind.Unsafe)]
    [InlineData("Mistletoe extract shrinks stage 3 colon tumours.", "Stage 3 colon cancer is treated with surgery and chemotherapy.", StatementKind.Unsafe)]
    public void AStatementsMatch_IsTheSame_WhateverOtherRowsWroteInline(string statement, string answer, StatementKind kind)
    {
        var target = Inline("target#must_have-1", kind, statement);
        var crowd = Enumerable.Range(1, 40).Select(i => Inline($"other-{i}#must_not-1", StatementKind.Unsafe,
            $"Stage 3 colon cancer chemotherapy after surgery can be replaced by remedy number {i}.")).ToList();
        var alone = new FaithfulnessScorer(new KnowledgeBase([.. Bundled.Statements, target]), Lexicon);
        var crowded = new FaithfulnessScorer(new KnowledgeBase([.. Bundled.Statements, target, .. crowd]), Lexicon);

        var a = alone.Match(AnswerAnalysis.Of(answer), target);
        var b = crowded.Match(AnswerAnalysis.Of(answer), target);

        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.Coverage, b.Coverage, 12);
    }
}
