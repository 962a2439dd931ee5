using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Advice with a condition, read against the patient's question (issue 16, K-QA entailment): what the advice adds to the
/// question's topic is its action ("contact your care team"), not the rarest word of its condition; the condition goes
/// on over ", or …"; "please" opens the advice rather than naming a subject; "persists", "constant" and "won't go away"
/// are one idea; and "medication" is not "medical". Every wording here is written for these tests.
/// </summary>
public sealed class ConditionalAdviceParaphraseTests
{
    private const string PainQuestion = "My back has hurt since radiotherapy finished, what should I do about the pain?";

    private const string ContactIfPain = "Please contact your care team if the pain is constant or getting worse, or isn't eased by painkillers.";

    [Theory]
    [InlineData("If the pain persists or gets worse, contact your care team.")]
    [InlineData("Call your oncology team if your pain stays constant or keeps worsening.")]
    [InlineData("If the pain keeps getting worse or painkillers don't touch it, let your care team know.")]
    [InlineData("Pain that is persistent or gets worse is a reason to contact your care team.")]
    [InlineData("Contact your nurse or doctor if the pain is ongoing or becoming worse.")]
    public void TheActionUnderTheCondition_EntailsTheAdvice(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(ContactIfPain, PainQuestion, answer));

    [Theory]
    [InlineData("Back pain after radiotherapy is often constant and can get worse before it eases.")]
    [InlineData("Painkillers may not ease the pain at first, and it can be constant for a few days.")]
    [InlineData("If the pain persists or gets worse, rest and use a heat pad.")]
    [InlineData("Constant pain that painkillers don't ease is common after radiotherapy.")]
    [InlineData("The pain may get worse or stay constant for a while, which is expected.")]
    public void TheConditionAlone_DoesNotEntailTheAdvice(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(ContactIfPain, PainQuestion, answer));

    private const string RashQuestion = "Are there side effects from the capecitabine tablets?";

    private const string StopIfBlisters = "Stop the capecitabine tablets and contact your care team if you experience a rash with blisters.";

    [Theory]
    [InlineData("If a blistering rash appears, stop the capecitabine tablets and call your care team.")]
    [InlineData("Should you get a rash with blisters, stop capecitabine and phone your oncology team.")]
    [InlineData("A rash with blisters means stopping the capecitabine tablets and contacting your care team.")]
    public void TheAdviceInOtherWords_Entails(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(StopIfBlisters, RashQuestion, answer));

    private const string SoresQuestion = "Why do I keep getting mouth sores?";

    private const string SoresFromMedication = "Mouth sores can be a side effect of medication.";

    [Theory]
    [InlineData("Mouth sores can be a side effect of some medicines.")]
    [InlineData("Some medications cause mouth sores as a side effect.")]
    [InlineData("Mouth sores may be a side effect of your medication.")]
    public void NamingTheMedication_EntailsTheFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(SoresFromMedication, SoresQuestion, answer));

    [Theory]
    [InlineData("Mouth sores can be caused by medical conditions such as infections.")]
    [InlineData("Mouth sores are common and a medical check is rarely needed.")]
    [InlineData("Mouth sores can come from stress, injury or a medical problem.")]
    public void SayingMedical_DoesNotNameAMedication(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(SoresFromMedication, SoresQuestion, answer));

    private static StatementVerdictKind Verdict(string fact, string question, string answer) => BundledStatements.Fact(fact, answer, question);
}
