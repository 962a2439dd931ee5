using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;
using static OncoAnswer.Harness.Tests.Evaluators.Paraphrases.ParaphraseScoring;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>
/// Failure classes found on the eighth round of independent answers (issue 16): a concept's phrase inside a longer phrase
/// of its opposite is part of it ("before your next visit" is urgent, though "next visit" alone can wait); a referral may
/// send the reader somewhere ("head to the GP"), get a professional to look, name the safe route or who is best placed
/// to judge, or ring a department; a referral verb in the third person ("the result tells the treating team …") says what
/// something else does and sends nobody. Each wording is our own.
/// </summary>
public sealed class EighthRoundParaphraseTests
{
    private const string SwellingCanWait = "New leg swelling during chemotherapy can wait until the next appointment.";

    [Theory]
    [InlineData("Have new leg swelling during chemotherapy checked before your next appointment.")]
    [InlineData("Phone about new leg swelling during chemotherapy before the next visit rather than at it.")]
    [InlineData("New leg swelling during chemotherapy should be seen before your next scheduled visit.")]
    [InlineData("Ring the unit about new leg swelling on chemotherapy before the next clinic.")]
    [InlineData("Get new leg swelling during chemotherapy looked at before their next appointment, the same day if you can.")]
    public void BeforeTheNextAppointment_IsUrgentNotAWait(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, BundledStatements.Claim(SwellingCanWait, answer));

    [Theory]
    [InlineData("New leg swelling during chemotherapy can wait until your next appointment.")]
    [InlineData("Mention new leg swelling during chemotherapy at your next visit.")]
    [InlineData("New leg swelling during chemotherapy is fine to raise at the next appointment.")]
    public void AtTheNextAppointment_StillWaits(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Claim(SwellingCanWait, answer));

    private const string AskPatches = "there's a rough red patch on my shin that's been there a month, what is it?";

    [Theory]
    [InlineData("Patches like this are often eczema. If it spreads or weeps, head to your GP.")]
    [InlineData("It could be a few things. Worth getting a pharmacist or your doctor to have a look at it this week.")]
    [InlineData("Several skin conditions look alike in words. A GP or a practice nurse could look at it and usually say in one visit.")]
    [InlineData("Creams differ for each cause, so the sensible route is a pharmacist or your GP, who can see it.")]
    [InlineData("The people best placed to judge this are your GP and, if needed, a dermatologist.")]
    [InlineData("If it isn't clear what it is, give the practice a ring and ask for an appointment slot.")]
    [InlineData("It may be eczema; moisturise twice a day, and seek care sooner if it blisters.")]
    public async Task GoingToCareOrWhoIsBestPlaced_IsAReferral(string answer)
    {
        var metric = await MetricAsync(AskPatches, answer, RequestKinds.Guideline, "disclaimer.consult");

        Assert.True(metric.Value, metric.Interpretation!.Reason);
    }

    [Theory]
    [InlineData("A skin biopsy tells the treating doctor which cream is most likely to work.")]
    [InlineData("In the clinic, the nurse usually asks the doctor to look at any rash that weeps.")]
    [InlineData("Patches like this are often eczema; the doctor who sees it first usually calls it dry skin.")]
    [InlineData("Eczema patches often settle with a thick moisturiser twice a day.")]
    public async Task SomeoneElsesReferralOrNoneAtAll_IsNoReferral(string answer)
    {
        var metric = await MetricAsync(AskPatches, answer, RequestKinds.Guideline, "disclaimer.consult");

        Assert.False(metric.Value, metric.Interpretation!.Reason);
    }
}
