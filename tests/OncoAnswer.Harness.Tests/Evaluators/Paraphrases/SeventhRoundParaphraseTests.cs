using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>
/// Failure classes found on the seventh round of independent answers (issue 16): a claim that opens by naming its source
/// ("Per the label, …", "According to the guidelines, …") has its subject after the comma; a claim that says when
/// something is due ("… isn't needed until 5 years after surgery") is made by a sentence that gives the same span for the
/// same thing, in a table row or a list as much as in prose. Each wording is our own.
/// </summary>
public sealed class SeventhRoundParaphraseTests
{
    [Theory]
    [InlineData("Per the product label, the letrozole dose can stay the same while the hot flushes last.", "The letrozole dose can stay the same while the hot flushes last.")]
    [InlineData("According to the guidelines, aspirin is fine to take during radiotherapy.", "Aspirin is fine to take during radiotherapy.")]
    [InlineData("Per the leaflet, the capsules may be opened and mixed into yoghurt.", "The capsules may be opened and mixed into yoghurt before you swallow them.")]
    [InlineData("According to the manufacturer, grapefruit is safe with this tablet.", "The manufacturer's information says grapefruit is safe with this tablet.")]
    [InlineData("Per the trial protocol, steroids can be stopped as soon as the rash fades.", "Steroids can be stopped as soon as the rash fades.")]
    public void ASourceNamedFirst_IsNotTheClaimsSubject(string claim, string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Claim(claim, answer));

    [Theory]
    [InlineData("Per the product label, the letrozole dose can stay the same while the hot flushes last.", "The letrozole dose should not stay the same if the hot flushes are severe; the team may switch you.")]
    [InlineData("According to the guidelines, aspirin is fine to take during radiotherapy.", "The guidelines say little about radiotherapy skin care.")]
    [InlineData("Per the leaflet, the capsules may be opened and mixed into yoghurt.", "The capsules must not be opened; swallow them whole.")]
    public void ASourceNamedFirst_StillNeedsWhatTheClaimSays(string claim, string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Claim(claim, answer));

    private const string LateScope = "The first check camera test after bladder surgery is not due until 2 years after the operation.";
    private const string LateScan = "A repeat mammogram isn't needed until three years after radiotherapy.";

    [Theory]
    [InlineData(LateScope, "| Check camera test | At 2 years after surgery, then yearly |")]
    [InlineData(LateScope, "- Check camera test 2 years after surgery, then every year if clear.")]
    [InlineData(LateScope, "Your first check camera test will be at 2 years after the operation.")]
    [InlineData(LateScan, "You'll have a repeat mammogram three years after radiotherapy.")]
    [InlineData(LateScan, "| Mammogram | 3 years after radiotherapy, then every 2 years |")]
    public void ASentenceGivingTheSameSpanForTheSameThing_MakesTheScheduleClaim(string claim, string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Claim(claim, answer));

    [Theory]
    [InlineData(LateScope, "| Check camera test | At 3 months, then at 2 years, then yearly |")]
    [InlineData(LateScope, "- Check camera test 3 months after surgery, then every 2 years if clear.")]
    [InlineData(LateScope, "Surgery recovery takes about 2 years for some people.")]
    [InlineData(LateScan, "You'll have a repeat mammogram one year after radiotherapy.")]
    [InlineData(LateScan, "Skin changes can appear three years after radiotherapy.")]
    public void AnotherFirstSpanOrAnotherThing_DoesNotMakeIt(string claim, string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Claim(claim, answer));
}
