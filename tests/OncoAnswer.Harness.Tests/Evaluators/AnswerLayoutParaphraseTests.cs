using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Text;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// How chatbots lay answers out must not decide whether a fact is conveyed (issue 16, K-QA entailment): a list set out
/// line by line under an opening sentence is read with that sentence, and sentences that lost the space or the line
/// break between them are read apart. A fact about a treatment is conveyed only where the treatment is named in or
/// before the passage, not by its setting alone. Every wording here is written for these tests.
/// </summary>
public sealed class AnswerLayoutParaphraseTests
{
    private const string LetrozoleEffects = "Common side effects of letrozole include hot flushes, joint pain, tiredness and thinning hair.";

    // The item that conveys the list comes after items the fact does not name, away from the sentence naming the drug.
    [Theory]
    [InlineData("Letrozole has some common side effects:\n- Dry skin\n- Headaches\n- Feeling dizzy\n- Joint pain")]
    [InlineData("Common side effects of letrozole include:\n• Headaches\n• Dry skin\n• Hot flushes")]
    [InlineData("Letrozole commonly causes side effects such as\n1. Headache\n2. Dry skin\n3. Trouble sleeping\n4. Thinning hair")]
    [InlineData("Common side effects you may get with letrozole include the following:\nHeadaches\nDry skin\nTiredness")]
    [InlineData("Letrozole has common side effects, including\n- Headaches\n- Constipation\n- Joint pain")]
    public void AnItemFurtherDownAListOfLines_ConveysTheList(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(LetrozoleEffects, answer));

    [Theory]
    [InlineData("Tamoxifen has some common side effects:\n- Dry skin\n- Headaches\n- Joint pain\n- Hot flushes")]
    [InlineData("The menopause commonly brings:\n- Dry skin\n- Headaches\n- Joint pain\n- Hot flushes")]
    [InlineData("Letrozole has some common side effects:\n- Dry skin\n- Headaches\n- Feeling dizzy")]
    [InlineData("Letrozole is taken once a day:\n- With or without food\n- At the same time each day\n- For about five years")]
    [InlineData("Letrozole's side effects are listed in the leaflet.\nAsk your pharmacist about them.\nOther common problems:\n- Joint pain after exercise\n- Hot flushes in the menopause\n- Thinning hair with age")]
    public void ALineListOfSomethingElse_OrWithoutTheItems_DoesNotConveyIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Fact(LetrozoleEffects, answer));

    // Joined sentences and line breaks that arrived as text: the word at the join is read, so each layout conveys the fact.
    private const string Neutropenia = "Low neutrophil counts are a common side effect of ribociclib.";

    [Theory]
    [InlineData("Your count was checked today.Ribociclib commonly causes low neutrophil counts.")]
    [InlineData("Your count was checked today.\\nRibociclib commonly causes low neutrophil counts.")]
    [InlineData("Your count was checked today.nRibociclib commonly causes low neutrophil counts.")]
    [InlineData("Your count was checked todaynRibociclib commonly causes low neutrophil counts.")]
    [InlineData("Your count was checked today.\nRibociclib commonly causes low neutrophil counts.")]
    public void EachLayout_ConveysTheSameFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(Neutropenia, answer));

    // A list of lines never makes an unsafe claim that no single sentence makes: unsafe claims are single assertions.
    [Fact]
    public void ALineListOfParts_DoesNotMakeAnUnsafeClaim()
    {
        var claim = BundledStatements.Scorer.Resolve("Fenbendazole cures breast cancer.", StatementKind.Unsafe)!;
        var answer = AnswerAnalysis.Of("People ask about several things:\n- Fenbendazole\n- Cures\n- Breast cancer\n- Diet");

        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Scorer.Match(answer, claim).Verdict);
    }

    // A fact about a treatment is conveyed in other words when the passage names the treatment ("combined with" is
    // "given together with", "alongside", "paired with"); a passage naming only the fact's setting, or another
    // treatment in its place, is not, however much of the setting it repeats.
    private const string RibociclibCombined = "Ribociclib is combined with hormone therapy for ER-positive metastatic breast cancer.";

    [Theory]
    [InlineData("Ribociclib is given together with endocrine therapy for ER-positive breast cancer that has spread.")]
    [InlineData("For ER-positive breast cancer that has spread, Kisqali is taken alongside hormone treatment.")]
    [InlineData("Ribociclib goes with hormone therapy for hormone receptor-positive breast cancer.")]
    [InlineData("Kisqali is paired with an aromatase inhibitor for ER-positive breast cancer.")]
    [InlineData("In ER-positive metastatic breast cancer, ribociclib is used with hormone therapy.")]
    public void OtherWords_NamingTheTreatment_ConveyTheFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(RibociclibCombined, answer));

    [Theory]
    [InlineData("Ribociclib is a tablet taken for three weeks out of four.\nIt is combined with hormone therapy for ER-positive metastatic breast cancer.")]
    [InlineData("You asked about Kisqali. It is combined with hormone therapy for ER-positive breast cancer that has spread.")]
    [InlineData("Ribociclib is a CDK4/6 inhibitor. For ER-positive metastatic breast cancer, this medicine is combined with hormone therapy.")]
    [InlineData("Your oncologist mentioned ribociclib. It is usually combined with hormone therapy in ER-positive metastatic breast cancer.")]
    [InlineData("Kisqali is the brand name.\nIn ER-positive metastatic breast cancer it is combined with an aromatase inhibitor or fulvestrant.")]
    public void TheTreatmentNamedBeforeThePassage_IsWhatThePassageTellsOf(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(RibociclibCombined, answer));

    [Theory]
    [InlineData("For hormone receptor-positive breast cancer that has spread, chemotherapy is sometimes used.")]
    [InlineData("ER-positive metastatic breast cancer is often treated with hormone therapy alone at first.")]
    [InlineData("Hormone therapy for ER-positive breast cancer that has spread can be combined with other medicines.")]
    [InlineData("Metastatic breast cancer that is ER-positive has several treatment options.")]
    [InlineData("Palbociclib is combined with hormone therapy for ER-positive metastatic breast cancer.")]
    public void TheSettingWithoutTheTreatment_DoesNotConveyTheFact(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Fact(RibociclibCombined, answer));
}
