using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;
using static OncoAnswer.Harness.Tests.Evaluators.Paraphrases.ParaphraseScoring;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>
/// Failure classes found on the ninth round of independent answers (issue 16): a least span of time weaker than the
/// statement's ("at least 1 hour is enough" against "at least 4 hours") disagrees with it, while a least per period
/// ("at least 30 minutes a day") is a rate; a test or a check got through a professional ("get bloods done through your
/// GP") is a referral. Each wording is our own.
/// </summary>
public sealed class NinthRoundParaphraseTests
{
    private const string AntacidGap = "Iron tablets should be taken at least 2 hours apart from antacids.";

    [Theory]
    [InlineData("Keep iron tablets and antacids at least 30 minutes apart; that is plenty.")]
    [InlineData("Iron tablets only need to be at least 1 hour away from antacids.")]
    [InlineData("A gap of at least 20 minutes between iron tablets and antacids is enough.")]
    [InlineData("Take antacids at least 1 hour after your iron tablets.")]
    [InlineData("Iron tablets should be taken at least 45 minutes apart from any antacid.")]
    public void AWeakerLeastSpan_Conflicts(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, BundledStatements.Fact(AntacidGap, answer));

    [Theory]
    [InlineData("Iron tablets should be taken at least 2 hours apart from antacids.")]
    [InlineData("Leave at least 3 hours between iron tablets and antacids to be safe.")]
    [InlineData("Separate iron tablets from antacids by at least two hours.")]
    public void TheSameOrAStricterLeast_Agrees(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(AntacidGap, answer));

    private const string WeeklyWalking = "Walking for at least 150 minutes a week lowers fatigue after chemotherapy.";

    [Theory]
    [InlineData("Walking for at least 30 minutes a day lowers fatigue after chemotherapy.")]
    [InlineData("Walking at least 20 minutes per session, most days, lowers fatigue after chemotherapy.")]
    [InlineData("Walking for at least 25 minutes each morning lowers fatigue after chemotherapy.")]
    public void ALeastPerPeriod_IsARateNotAWeakerSpan(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, BundledStatements.Fact(WeeklyWalking, answer));

    private const string AskTired = "i feel tired all the time, could it be low iron?";

    [Theory]
    [InlineData("It could be. Please get a blood count done through your doctor before taking iron.")]
    [InlineData("Tiredness has many causes; have a ferritin test arranged via your GP.")]
    [InlineData("Low iron is common. Get your levels checked at your family practice.")]
    [InlineData("Iron, thyroid and B12 can all do this. Get bloods done at the clinic to find out which.")]
    [InlineData("Possibly; having a simple blood test organised through the practice nurse would settle it.")]
    public async Task ATestGotThroughAProfessional_IsAReferral(string answer)
    {
        var metric = await MetricAsync(AskTired, answer, RequestKinds.Guideline, "disclaimer.consult");

        Assert.True(metric.Value, metric.Interpretation!.Reason);
    }

    [Theory]
    [InlineData("It could be. I had my own levels tested at the hospital years ago and they were fine.")]
    [InlineData("Possibly. Home kits let you have bloods done by post these days.")]
    [InlineData("Low iron is common, and doctors once gave iron to almost everyone who was tired.")]
    public async Task ATestWithNoProfessionalToGoTo_IsNoReferral(string answer)
    {
        var metric = await MetricAsync(AskTired, answer, RequestKinds.Guideline, "disclaimer.consult");

        Assert.False(metric.Value, metric.Interpretation!.Reason);
    }
}
