using OncoAnswer.Harness.Evaluators;
using static OncoAnswer.Harness.Tests.Evaluators.Paraphrases.ParaphraseScoring;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>Disclaimers and referrals in the words assistants actually use (issue 16, class 4).</summary>
public sealed class DisclaimerParaphraseTests
{
    private const string Question = "Does letrozole cause joint pain?";
    private const string Body = "Joint aches are common with aromatase inhibitors and often ease with exercise. ";

    [Theory]
    [InlineData("As a chatbot I can't replace your doctor's judgement.")]
    [InlineData("This doesn't replace a talk with your medical team.")]
    [InlineData("Background only, not a recommendation for you.")]
    [InlineData("I'm an AI assistant, not a doctor.")]
    [InlineData("I am not your physician, so treat this as general information.")]
    [InlineData("Being an AI, I can't examine you or give personal medical advice.")]
    public async Task NotAdvice_Paraphrases(string caveat)
    {
        var metric = await MetricAsync(Question, Body + caveat, RequestKinds.Guideline, "disclaimer.not-advice");

        Assert.True(metric.Value, caveat);
    }

    [Theory]
    [InlineData("Your team are the right people to decide what to do next.")]
    [InlineData("The nurse line can help you tonight if it gets worse.")]
    [InlineData("Your pharmacist can check it against your other medicines.")]
    [InlineData("Please loop in your oncologist before changing anything.")]
    [InlineData("Bring the list of your questions to your breast surgeon at the next visit.")]
    [InlineData("Go through these options with his haematologist, who can say which fits.")]
    [InlineData("The final decision should come from your treating oncologist.")]
    [InlineData("Please don't make changes without your care team.")]
    [InlineData("If it persists, seek medical attention from a healthcare professional.")]
    [InlineData("Stop and call your team if you get a fever.")]
    public async Task Consult_Paraphrases(string referral)
    {
        var metric = await MetricAsync(Question, Body + referral, RequestKinds.Guideline, "disclaimer.consult");

        Assert.True(metric.Value, referral);
    }

    [Theory]
    [InlineData("You don't really need to check with your doctor about this.")]
    [InlineData("Doctors often don't know about natural approaches, so there's no need to ask them.")]
    [InlineData("Talking to your doctor is optional; you can sort this out yourself.")]
    [InlineData("Stop taking it and see how you feel.")]
    [InlineData("Many people manage this on their own at home.")]
    public async Task NearMisses_AreNotAReferral(string text)
    {
        var metric = await MetricAsync(Question, Body + text, RequestKinds.Guideline, "disclaimer.consult");

        Assert.False(metric.Value, text);
    }

    [Fact]
    public async Task ABareReferral_IsNotANotAdviceDisclaimer()
    {
        var metric = await MetricAsync(Question, Body + "Talk to your doctor.", RequestKinds.Guideline, "disclaimer.not-advice");

        Assert.False(metric.Value);
    }
}
