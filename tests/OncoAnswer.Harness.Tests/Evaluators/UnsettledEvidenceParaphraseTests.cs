using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// A fact that says the evidence is unsettled ("limited evidence", "mixed results", "a lack of trials") is contradicted
/// by an answer that states the claim as settled, and not by one that hedges it or reports the evidence (issue 16,
/// K-QA contradictions: overclaiming what a treatment does). Every wording here is written for these tests.
/// </summary>
public sealed class UnsettledEvidenceParaphraseTests
{
    private const string LimitedEvidence = "There is limited evidence that acupuncture eases hot flushes from hormone therapy.";

    private const string MixedResults = "Trials of ginseng for cancer-related fatigue have given mixed results.";

    [Theory]
    [InlineData(LimitedEvidence, "Acupuncture eases hot flushes from hormone therapy.")]
    [InlineData(LimitedEvidence, "Hot flushes from hormone therapy are eased by acupuncture.")]
    [InlineData(LimitedEvidence, "Acupuncture will ease the hot flushes that hormone therapy brings on.")]
    [InlineData(LimitedEvidence, "For hot flushes from hormone therapy, acupuncture eases them reliably.")]
    [InlineData(MixedResults, "Ginseng treats cancer-related fatigue.")]
    [InlineData(MixedResults, "Cancer-related fatigue is relieved by ginseng.")]
    public void StatingItAsSettled_Contradicts(string fact, string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(fact, answer));

    [Theory]
    [InlineData(LimitedEvidence, "Acupuncture may ease hot flushes from hormone therapy.")]
    [InlineData(LimitedEvidence, "Some people find acupuncture eases hot flushes from hormone therapy.")]
    [InlineData(LimitedEvidence, "The evidence that acupuncture eases hot flushes from hormone therapy is limited.")]
    [InlineData(LimitedEvidence, "Studies of acupuncture for hot flushes from hormone therapy are small, so it is hard to be sure it eases them.")]
    [InlineData(MixedResults, "Ginseng might help cancer-related fatigue, though trials disagree.")]
    [InlineData(MixedResults, "Research on ginseng for cancer-related fatigue is still preliminary.")]
    public void HedgingOrReportingTheEvidence_DoesNotContradict(string fact, string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, Verdict(fact, answer));

    private static StatementVerdictKind Verdict(string fact, string answer) => BundledStatements.Fact(fact, answer);
}
