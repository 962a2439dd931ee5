using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// A fact that lists things ("side effects include A, B, C and D") is conveyed by a passage that names the rest and
/// some of the items, as physicians read it (issue 16, K-QA entailment); a passage that names none of the items, or
/// names them of something else, does not convey it. Every wording here is written for these tests.
/// </summary>
public sealed class ListParaphraseTests
{
    private const string LetrozoleEffects = "Common side effects of letrozole include hot flushes, joint pain, tiredness and thinning hair.";

    [Theory]
    [InlineData("Common side effects of letrozole are hot flushes and joint pain.")]
    [InlineData("Side effects of letrozole commonly include joint pain.")]
    [InlineData("Letrozole has common side effects such as tiredness and hot flushes.")]
    [InlineData("With letrozole, common side effects include thinning hair and aching joints.")]
    [InlineData("A common side effect of letrozole is hot flushes.")]
    public void SomeOfTheItems_ConveyTheList(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(LetrozoleEffects, answer));

    [Theory]
    [InlineData("Common side effects of letrozole are listed in the leaflet that comes with it.")]
    [InlineData("Common side effects of tamoxifen include hot flushes and joint pain.")]
    [InlineData("Letrozole rarely has side effects that stop people taking it.")]
    [InlineData("Hot flushes, joint pain and tiredness are common around the menopause.")]
    [InlineData("Side effects of letrozole are usually mild and settle over a few weeks.")]
    public void NoneOfTheItems_OrAnotherDrugsItems_DoNotConveyIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(LetrozoleEffects, answer));

    // A list that carries most of the fact: one or two items named with the rest still convey it.
    private const string CalciumSigns = "Warning signs of hypercalcaemia include extreme thirst, confusion, constipation, vomiting and drowsiness.";

    [Theory]
    [InlineData("Extreme thirst and confusion can be warning signs of hypercalcaemia.")]
    [InlineData("A warning sign of hypercalcaemia is constipation with vomiting.")]
    [InlineData("Hypercalcaemia gives warning signs like drowsiness and confusion.")]
    [InlineData("Confusion is one warning sign of hypercalcaemia.")]
    [InlineData("Warning signs of hypercalcaemia include constipation.")]
    public void OneOrTwoItems_ConveyALongList(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(CalciumSigns, answer));

    [Theory]
    [InlineData("Hypercalcaemia has warning signs that your team will explain.")]
    [InlineData("Confusion and drowsiness can be warning signs of a brain metastasis.")]
    [InlineData("Constipation and vomiting are common with strong painkillers.")]
    public void TheItemsOfSomethingElse_DoNotConveyIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(CalciumSigns, answer));

    // Read against a question that names the drug, what the list adds is its items: any of them says it.
    private const string LetrozoleQuestion = "What side effects does letrozole have?";

    [Theory]
    [InlineData("A common side effect of letrozole is joint pain.")]
    [InlineData("Hot flushes are among the common side effects of letrozole.")]
    [InlineData("Common side effects of letrozole include tiredness.")]
    public void AnyItem_TellsWhatTheListAdds(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(LetrozoleEffects, answer, LetrozoleQuestion));

    [Theory]
    [InlineData("Letrozole has some common side effects, like most medicines.")]
    [InlineData("Common side effects of letrozole are usually manageable.")]
    public void NoItem_DoesNotTellIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Fact(LetrozoleEffects, answer, LetrozoleQuestion));

    // Examples ("…, such as A or B") are items of their own list: naming one of them conveys the examples, and the
    // thing they are examples of is not one of their items.
    private const string MouthProblems = "Radiotherapy to the head and neck often causes mouth problems, such as ulcers or dryness.";

    [Theory]
    [InlineData("Radiotherapy to the head and neck often causes mouth problems like dryness.")]
    [InlineData("Mouth ulcers are a problem radiotherapy to the head and neck often causes.")]
    public void OneExample_ConveysTheExamples(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(MouthProblems, answer));

    [Theory]
    [InlineData("Radiotherapy to the chest often causes a cough.")]
    [InlineData("Mouth problems are rare after radiotherapy to the pelvis.")]
    public void NeitherExampleNorTheRest_DoesNotConveyIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(MouthProblems, answer));

    private static StatementVerdictKind Verdict(string fact, string answer) => BundledStatements.Fact(fact, answer);
}
