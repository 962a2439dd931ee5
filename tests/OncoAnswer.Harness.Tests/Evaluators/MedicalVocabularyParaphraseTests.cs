using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Clinical words that carry a verdict the answer may put in other words (issue 16, K-QA contradictions): "empiric"
/// treatment starts before tests confirm the cause, so "wait for the results first" reverses it; "affects fertility" and
/// "causes infertility" speak of one thing, as do "oral candidiasis" and "thrush", and "a medical condition" and "an underlying health problem"; "bacterial" is the adjective of "bacteria"; a therapy named on its own is a
/// treatment; and a verdict word in a fact's subject ("urgent assessment …") is reversed by its opposite. Every wording
/// here is written for these tests.
/// </summary>
public sealed class MedicalVocabularyParaphraseTests
{
    private const string EmpiricAntibiotics = "With a fever and low neutrophils, empiric antibiotics are started within an hour.";

    [Theory]
    [InlineData("With a fever and low neutrophils, antibiotics should wait until the blood culture results are back.")]
    [InlineData("If you have a fever and low neutrophils, the team waits for the culture results before giving antibiotics.")]
    [InlineData("With a fever and low neutrophils, antibiotics are only started once the infection is confirmed.")]
    [InlineData("With a fever and low neutrophils you need to get tested and have an infection found before starting antibiotics.")]
    [InlineData("With low neutrophils and a fever, doctors confirm the infection with blood tests before starting antibiotics.")]
    public void WaitingForTheResultsFirst_ContradictsEmpiricTreatment(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(EmpiricAntibiotics, answer));

    [Theory]
    [InlineData("With a fever and low neutrophils, empiric antibiotics are started within an hour of arriving.")]
    [InlineData("If your neutrophils are low and you have a fever, antibiotics are started within an hour, without waiting for the culture results.")]
    [InlineData("With a fever and low neutrophils, antibiotics are started empirically within the first hour.")]
    [InlineData("Hospitals start empirical antibiotics within an hour when someone with low neutrophils has a fever.")]
    [InlineData("With a fever and low neutrophils, antibiotics are started within an hour, before the blood culture results come back.")]
    public void StartingBeforeTheResults_EntailsEmpiricTreatment(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(EmpiricAntibiotics, answer));

    private const string Infertility = "Infertility has been linked to cyclophosphamide in men and women.";

    [Theory]
    [InlineData("There is no evidence that cyclophosphamide affects fertility in men or women.")]
    [InlineData("Cyclophosphamide does not affect fertility in men or women.")]
    [InlineData("Cyclophosphamide has not been linked to infertility in men or women.")]
    [InlineData("In men and women, fertility is not affected by cyclophosphamide.")]
    [InlineData("Cyclophosphamide has no effect on fertility in men or women.")]
    public void DenyingAnEffectOnFertility_ContradictsTheLink(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(Infertility, answer));

    [Theory]
    [InlineData("Cyclophosphamide can affect fertility in men and women.")]
    [InlineData("In men and women, cyclophosphamide may cause infertility.")]
    [InlineData("Fertility in men and women can be harmed by cyclophosphamide.")]
    [InlineData("Cyclophosphamide has been linked to lower fertility in both men and women.")]
    [InlineData("Men and women treated with cyclophosphamide can become infertile.")]
    public void NamingTheEffectOnFertility_EntailsTheLink(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(Infertility, answer));

    [Theory]
    [InlineData("Bacterial infections during neutropenia are treated with antibiotics.", "Infections by bacteria during neutropenia are treated with antibiotics.")]
    [InlineData("Infections by bacteria during neutropenia are treated with antibiotics.", "Bacterial infections during neutropenia are treated with antibiotics.")]
    [InlineData("Chlamydial infection is cured by antibiotics.", "Antibiotics cure a chlamydia infection.")]
    [InlineData("Bacterial pneumonia is more common during neutropenia.", "During neutropenia, pneumonia caused by bacteria is more common.")]
    [InlineData("Empiric therapy is given for neutropenic fever.", "Empiric treatment is given for neutropenic fever.")]
    public void AnAdjectiveOrAnotherNameForTheSameThing_Entails(string fact, string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(fact, answer));

    [Theory]
    [InlineData("chlamydial", "chlamydia")]
    [InlineData("bacterial", "bacteria")]
    [InlineData("therapy", "treatment")]
    [InlineData("therapies", "treatments")]
    public void TheAdjectiveAndTheNoun_AreOneWord(string word, string other) =>
        Assert.Equal(Stem(other), Stem(word));

    [Theory]
    [InlineData("media", "medial")]
    [InlineData("pneumonia", "pneumonic")]
    [InlineData("area", "areal")]
    public void WordsOutsideThePattern_StayApart(string word, string other) =>
        Assert.NotEqual(Stem(other), Stem(word));

    private static string Stem(string word) =>
        AnswerAnalysis.Of(word).Tokens is [var token] ? FaithfulnessVocabulary.StemOf(token.Term, token.Stem) : throw new ArgumentException(word);

    private const string Thrush = "Oral candidiasis can cause white patches in the mouth during chemotherapy.";

    [Theory]
    [InlineData("Thrush can cause white patches in the mouth during chemotherapy.")]
    [InlineData("During chemotherapy, a yeast infection in the mouth can leave white patches.")]
    [InlineData("Candida can cause white patches in your mouth during chemotherapy.")]
    [InlineData("White patches in the mouth during chemotherapy are often caused by oral thrush.")]
    public void TheLayNameOfTheInfection_Entails(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(Thrush, answer));

    [Theory]
    [InlineData("Chemotherapy can cause sore patches in the mouth called mucositis.")]
    [InlineData("Mouth ulcers during chemotherapy are painful but not white.")]
    public void AnotherCauseOfMouthPatches_DoesNotEntail(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, FactVerdict(Thrush, answer));

    private const string SignOfIllness = "Night sweats can signal an underlying health problem.";

    private const string SweatsQuestion = "Why do I keep getting night sweats?";

    [Theory]
    [InlineData("Night sweats can point to a medical condition.")]
    [InlineData("Sometimes night sweats come from an underlying medical problem.")]
    [InlineData("Health issues that need checking can cause night sweats.")]
    public void AnIllnessNamedInGeneral_Entails(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(SignOfIllness, answer, SweatsQuestion));

    [Theory]
    [InlineData("Night sweats are common during hormone therapy.")]
    [InlineData("Night sweats can be eased with a cool bedroom and light bedding.")]
    public void NightSweatsAlone_DoNotEntailWhatTheFactAddsToTheQuestion(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Fact(SignOfIllness, answer, SweatsQuestion));

    private const string UrgentAssessment = "Urgent assessment is needed for a fever during chemotherapy.";

    [Theory]
    [InlineData("Assessment of a fever during chemotherapy can wait until your next appointment.")]
    [InlineData("A fever during chemotherapy can wait for your routine appointment.")]
    [InlineData("Assessment of a fever during chemotherapy is not urgent.")]
    public void TheOppositeOfTheSubjectsVerdict_Contradicts(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(UrgentAssessment, answer));

    [Theory]
    [InlineData("A fever during chemotherapy needs urgent assessment.")]
    [InlineData("Urgent assessment is needed for any fever during chemotherapy.")]
    public void TheSubjectsVerdictKept_Entails(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(UrgentAssessment, answer));

    // A drug class is named by its members: paclitaxel and docetaxel are taxanes.
    private const string TaxaneNerves = "Taxanes can cause peripheral neuropathy.";

    [Theory]
    [InlineData("Paclitaxel can cause peripheral neuropathy.")]
    [InlineData("Docetaxel (Taxotere) can cause peripheral neuropathy in the hands and feet.")]
    [InlineData("Taxol can cause peripheral neuropathy, so report any tingling.")]
    [InlineData("Nab-paclitaxel can cause peripheral neuropathy.")]
    [InlineData("Peripheral neuropathy can be caused by paclitaxel or docetaxel.")]
    public void AMemberOfTheClass_ConveysTheClassFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(TaxaneNerves, answer));

    [Theory]
    [InlineData("Oxaliplatin can cause peripheral neuropathy.")]
    [InlineData("Capecitabine can cause hand-foot syndrome.")]
    [InlineData("Paclitaxel can cause hair loss.")]
    [InlineData("Peripheral neuropathy has many causes, including diabetes.")]
    [InlineData("Taxanes are given by infusion every one to three weeks.")]
    public void AnotherDrugOrAnotherEffect_DoesNotConveyIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, FactVerdict(TaxaneNerves, answer));

    // A fact about what a drug causes is told by naming the effect: the drug and "can cause" alone say another effect.
    private const string OxaliplatinNerves = "Oxaliplatin can cause peripheral neuropathy.";

    [Theory]
    [InlineData("Oxaliplatin can cause hair loss.")]
    [InlineData("Oxaliplatin can cause low blood counts.")]
    [InlineData("Oxaliplatin can cause allergic reactions during the infusion.")]
    [InlineData("Oxaliplatin can cause nausea for a day or two.")]
    [InlineData("Oxaliplatin can cause diarrhoea.")]
    public void TheDrugAndTheVerb_WithAnotherEffect_DoNotConveyIt(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, FactVerdict(OxaliplatinNerves, answer));

    [Theory]
    [InlineData("Oxaliplatin can cause peripheral neuropathy.")]
    [InlineData("Oxaliplatin often causes neuropathy in the fingers and toes.")]
    [InlineData("Oxaliplatin can cause tingling and numbness (peripheral neuropathy).")]
    [InlineData("Peripheral neuropathy is a known side effect of oxaliplatin.")]
    [InlineData("Oxaliplatin may cause nerve damage in the hands and feet.")]
    public void TheDrugWithTheEffect_ConveysIt(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, FactVerdict(OxaliplatinNerves, answer));

    private static StatementVerdictKind FactVerdict(string fact, string answer) => BundledStatements.Fact(fact, answer);
}
