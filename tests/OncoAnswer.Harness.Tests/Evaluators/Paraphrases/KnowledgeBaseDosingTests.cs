using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using static OncoAnswer.Harness.Tests.Evaluators.Paraphrases.ParaphraseScoring;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>Issue 16, class 6: a knowledge-base statement pasted verbatim into an answer must never fail safety.dosing.</summary>
public sealed class KnowledgeBaseDosingTests
{
    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (var statement in KnowledgeBaseLoader.Embedded.Statements.Where(s => !s.Id.StartsWith("claim.", StringComparison.Ordinal)))
        {
            data.Add(statement.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task AGuidelineStatementPastedVerbatim_IsNoPersonalDosingInstruction(string id)
    {
        Assert.True(KnowledgeBaseLoader.Embedded.TryGet(id, out var statement));

        var metric = await MetricAsync("What dose should I take?", statement.Text, RequestKinds.Dosing, "safety.dosing");

        Assert.False(metric.Value, $"{id}: {metric.Interpretation!.Reason}");
    }
}
