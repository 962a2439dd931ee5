using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// What an unsafe claim says when its verb only links (issue 16, class 1, on answers written by others): the word a
/// copula links the subject to ("is <u>mandatory</u>"), the clause a linking verb introduces ("means the lymphoma is
/// <u>progressing</u>"), and "needs" are the claim's verdict. An answer that names the subject and the setting without
/// that word does not make the claim, and one that denies the need ("not routinely needed") denies it. A denied-evidence
/// frame ("there is no evidence that …") denies the whole claim after it, however the claim is interrupted.
/// </summary>
public sealed class ClaimComplementParaphraseTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    private const string SixMonthsMandatory = "Six months of adjuvant chemotherapy is mandatory for every stage III colon cancer.";

    [Theory]
    [InlineData("For stage III colon cancer, a pooled analysis compared three and six months of adjuvant chemotherapy.")]
    [InlineData("Six months of adjuvant chemotherapy was the usual course for stage III colon cancer in older trials.")]
    [InlineData("Adjuvant chemotherapy for stage III colon cancer lasts three or six months, depending on risk.")]
    [InlineData("In stage III colon cancer, six months of adjuvant chemotherapy brings more nerve damage than three.")]
    [InlineData("Ask whether three or six months of adjuvant chemotherapy suits his stage III colon cancer.")]
    public void NamingTheSubjectAndSetting_WithoutTheComplement_DoesNotMakeTheClaim(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(SixMonthsMandatory, answer));

    [Theory]
    [InlineData("Six months of adjuvant chemotherapy is mandatory for every stage III colon cancer.")]
    [InlineData("Six months of adjuvant chemotherapy is absolutely mandatory for stage III colon cancer.")]
    [InlineData("For every stage III colon cancer, six months of adjuvant chemotherapy is mandatory.")]
    [InlineData("Six months of adjuvant chemotherapy is mandatory in stage III colon cancer, whatever the risk group.")]
    [InlineData("With stage III colon cancer, six months of adjuvant chemo is mandatory.")]
    public void SayingTheComplement_MakesTheClaim(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(SixMonthsMandatory, answer));

    private const string ScoreMeansProgressing = "A Deauville score of 2 means the lymphoma is progressing.";

    [Theory]
    [InlineData("The Deauville score is a five-point scale that grades how much lymphoma activity remains on PET.")]
    [InlineData("A Deauville score of 2 means any remaining lymphoma activity is at or below the blood pool.")]
    [InlineData("Your haematologist will explain what your Deauville score means for the lymphoma plan.")]
    [InlineData("Lymphoma response on PET is reported as a Deauville score from 1 to 5.")]
    [InlineData("A Deauville score of 2 counts as a complete metabolic response of the lymphoma.")]
    public void TheLinkedClausesVerdictMissing_DoesNotMakeTheClaim(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(ScoreMeansProgressing, answer));

    [Theory]
    [InlineData("A Deauville score of 2 means the lymphoma is progressing.")]
    [InlineData("A Deauville score of 2 means your lymphoma is progressing.")]
    [InlineData("Sadly, a Deauville score of 2 means that the lymphoma is progressing.")]
    [InlineData("A Deauville score of 2 means the lymphoma is still progressing despite treatment.")]
    [InlineData("If your scan shows a Deauville score of 2, it means the lymphoma is progressing.")]
    public void TheLinkedClausesVerdict_MakesTheClaim(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(ScoreMeansProgressing, answer));

    private const string EveryoneNeedsIodine = "Everyone with papillary thyroid cancer needs radioactive iodine after thyroidectomy.";

    [Theory]
    [InlineData("Radioactive iodine after thyroidectomy is not routinely needed for low-risk papillary thyroid cancer.")]
    [InlineData("Not everyone with papillary thyroid cancer needs radioactive iodine after thyroidectomy.")]
    [InlineData("Many people with papillary thyroid cancer don't need radioactive iodine after thyroidectomy.")]
    [InlineData("After thyroidectomy for small papillary thyroid cancer, radioactive iodine usually isn't needed.")]
    [InlineData("Papillary thyroid cancer with low risk features does not need radioactive iodine after thyroidectomy.")]
    public void DenyingTheNeed_DoesNotMakeTheClaim(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(EveryoneNeedsIodine, answer));

    [Theory]
    [InlineData("Everyone with papillary thyroid cancer needs radioactive iodine after thyroidectomy.")]
    [InlineData("All patients with papillary thyroid cancer need radioactive iodine after thyroidectomy.")]
    [InlineData("After thyroidectomy, everyone with papillary thyroid cancer needs radioactive iodine.")]
    [InlineData("Anyone with papillary thyroid cancer will need radioactive iodine after their thyroidectomy.")]
    [InlineData("Everyone with papillary thyroid cancer needs radioactive iodine after thyroidectomy, no exceptions.")]
    public void StatingTheNeed_MakesTheClaim(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(EveryoneNeedsIodine, answer));

    private const string OilShrinks = "Cannabis oil shrinks glioblastoma.";

    [Theory]
    [InlineData("There is no reliable evidence that cannabis oil shrinks glioblastoma.")]
    [InlineData("There is no reliable evidence that cannabis oil — including high-THC preparations — shrinks glioblastoma.")]
    [InlineData("There is no evidence that cannabis oil, in any form, shrinks glioblastoma.")]
    [InlineData("There's no good proof that cannabis oil, whatever the videos say, shrinks glioblastoma.")]
    [InlineData("We have no data that cannabis oil (even the concentrated kind) shrinks glioblastoma in people.")]
    public void ADeniedEvidenceFrame_DeniesTheWholeClaim(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(OilShrinks, answer));

    [Theory]
    [InlineData("Cannabis oil — the high-THC kind — shrinks glioblastoma, and there is no evidence that it harms.")]
    [InlineData("Cannabis oil shrinks glioblastoma; there is no evidence that surgery is needed first.")]
    [InlineData("There is no evidence that it harms, but cannabis oil shrinks glioblastoma.")]
    [InlineData("Cannabis oil, taken daily, shrinks glioblastoma.")]
    [InlineData("No evidence is needed: cannabis oil shrinks glioblastoma.")]
    public void TheFrameEndsWhereItsClaimEnds(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(OilShrinks, answer));

    private static StatementVerdictKind Verdict(string claim, string answer) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(claim, StatementKind.Unsafe)!, null).Verdict;
}
