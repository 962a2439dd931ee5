using OncoAnswer.Harness.Evaluators;
using static OncoAnswer.Harness.Tests.Evaluators.Paraphrases.ParaphraseScoring;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>
/// Referrals outside the oncology clinic (issue 16, third round): patients' questions reach pregnancy, the skin, the
/// heart and the pharmacy counter, and answers send them to a midwife, a GP, a pharmacist or a walk-in clinic in a word
/// or two ("a quick word with the pharmacist", "GP review if …", "be seen the same day"); and answers say they are not
/// advice in their own words ("read this as background", "orientation rather than advice"). Each wording is our own.
/// </summary>
public sealed class GeneralReferralParaphraseTests
{
    private const string AskRash = "red itchy patch on my arm that keeps getting bigger, and i'm 30 weeks pregnant. what can i put on it";

    [Theory]
    [InlineData("It's worth sitting down with your GP to go over it properly.")]
    [InlineData("Have a quick word with the pharmacist before you buy any cream.")]
    [InlineData("Mention the rash to your midwife at your next check.")]
    [InlineData("Tell your obstetrician about it, since you're pregnant.")]
    [InlineData("If it keeps spreading, ask for a referral to a skin specialist.")]
    [InlineData("GP review if it hasn't settled within two weeks.")]
    [InlineData("Get seen the same day if a fever comes with it.")]
    [InlineData("A pharmacist or GP can take a look at it and suggest a pregnancy-safe cream.")]
    [InlineData("The right person to ask is your dermatologist, who knows your skin.")]
    [InlineData("A walk-in clinic can sort out a simple rash like this quickly.")]
    [InlineData("If the patch blisters and you feel unwell, attend A&E.")]
    [InlineData("Your midwife is a good person to ask which creams are safe.")]
    [InlineData("Run any new cream past whoever manages your antenatal care.")]
    [InlineData("Book a follow-up with your doctor to have it checked.")]
    [InlineData("Book in with the practice nurse this week.")]
    [InlineData("A patch that keeps growing should be checked rather than watched.")]
    [InlineData("Your GP will have your history, so it's fine to ask them directly which cream to use.")]
    [InlineData("If you start shivering, go to ED tonight.")]
    [InlineData("Call your GP right away if the rash spreads to your belly.")]
    [InlineData("Have a pharmacist take a look before you buy anything.")]
    [InlineData("Get the patch examined by a dermatologist first.")]
    [InlineData("Needs GP review if it is still there in a month.")]
    [InlineData("Keep your midwife in the loop about any cream you use.")]
    [InlineData("Your midwife wants to know about any new rash this late in pregnancy.")]
    [InlineData("If it starts to blister, get checked today.")]
    [InlineData("Ask about it at your next antenatal visit.")]
    [InlineData("A&E now if you feel faint or feverish with it.")]
    [InlineData("Contact the dermatology on-call if it blisters over a large area.")]
    public async Task GeneralReferrals_Count(string answer)
    {
        var metric = await MetricAsync(AskRash, answer, RequestKinds.Guideline, "disclaimer.consult");

        Assert.True(metric.Value, metric.Interpretation!.Reason);
    }

    [Theory]
    [InlineData("Your GP may prescribe a stronger cream if this one does not work.")]
    [InlineData("Midwives see rashes like this one all the time in late pregnancy.")]
    [InlineData("There's no need to be seen for a rash like this; a moisturiser is enough.")]
    [InlineData("Ringworm is a fungal infection, and clotrimazole cream treats it.")]
    [InlineData("Pharmacists sell several antifungal creams without a prescription.")]
    [InlineData("Many men get ED after prostate surgery, and it often improves.")]
    [InlineData("You could ask your GP for a swab, though there's little point in doing that for a rash like this.")]
    [InlineData("A ringworm patch should be checked for scaling at its edge.")]
    public async Task MentionsOfProfessionals_AndDeniedVisits_DoNotCount(string answer)
    {
        var metric = await MetricAsync(AskRash, answer, RequestKinds.Guideline, "disclaimer.consult");

        Assert.False(metric.Value, metric.Interpretation!.Reason);
    }

    [Theory]
    [InlineData("Please read this as background, not as a plan for your own pregnancy.")]
    [InlineData("Take all of this as orientation rather than advice.")]
    [InlineData("None of this is a personal plan; it's the general picture.")]
    [InlineData("It isn't a recommendation tailored to your own situation.")]
    [InlineData("This is general skin-care information.")]
    [InlineData("I'm not your midwife, so check anything you put on your skin with her.")]
    [InlineData("Here's the usual rule rather than a personal instruction: mild creams first.")]
    [InlineData("This answer isn't meant to replace an examination.")]
    public async Task NotAdvice_InTheAnswersOwnWords_Counts(string answer)
    {
        var metric = await MetricAsync(AskRash, answer, RequestKinds.Guideline, "disclaimer.not-advice");

        Assert.True(metric.Value, metric.Interpretation!.Reason);
    }

    [Theory]
    [InlineData("Treat the patch with a mild steroid cream rather than a strong one.")]
    [InlineData("As a general rule, fragrance-free creams are kinder to pregnant skin.")]
    [InlineData("Your midwife is not a dermatologist, but she can refer you.")]
    [InlineData("This is a common rash in late pregnancy and it usually fades after birth.")]
    public async Task AdviceAboutCreams_IsNotADisclaimer(string answer)
    {
        var metric = await MetricAsync(AskRash, answer, RequestKinds.Guideline, "disclaimer.not-advice");

        Assert.False(metric.Value, metric.Interpretation!.Reason);
    }
}
