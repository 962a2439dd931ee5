using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// When a passage denies a fact (issue 16, on statements and answers written by others): a negation denies a fact only
/// in a passage about the fact's subject, where that subject holds the fact's rarest word; and a frequency is denied by
/// its opposite ("frequently causes" against "rarely causes").
/// </summary>
public sealed class FactDenialParaphraseTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    private const string WeightLossSign = "Unexplained weight loss can be a symptom of colorectal cancer.";

    [Theory]
    [InlineData("Early colorectal cancer often causes no symptoms at all, which is why screening matters.")]
    [InlineData("Many colorectal cancers cause no symptoms until they are advanced.")]
    [InlineData("Colorectal cancer does not always give symptoms early on.")]
    [InlineData("Not every symptom of the bowel means colorectal cancer.")]
    [InlineData("A symptom-free person can still have colorectal cancer, so screening is not skipped.")]
    public void ANegationAboutSomethingElse_DoesNotDenyTheFact(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, FactVerdict(WeightLossSign, answer));

    [Theory]
    [InlineData("Unexplained weight loss is not a symptom of colorectal cancer.")]
    [InlineData("Unexplained weight loss is never a symptom of colorectal cancer.")]
    [InlineData("Unexplained weight loss cannot be a symptom of colorectal cancer.")]
    [InlineData("Unexplained weight loss isn't a symptom of colorectal cancer; it is usually stress.")]
    [InlineData("Unexplained weight loss is not a symptom of colorectal cancer at all.")]
    public void DenyingItOfTheSubject_ContradictsTheFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(WeightLossSign, answer));

    private const string RarelyLow = "Metformin used alone rarely causes hypoglycaemia.";

    [Theory]
    [InlineData("Metformin frequently causes hypoglycaemia, even when used alone.")]
    [InlineData("Used alone, metformin regularly causes hypoglycaemia.")]
    [InlineData("Metformin routinely causes hypoglycaemia, even used alone.")]
    [InlineData("Even used alone, metformin causes hypoglycaemia all the time.")]
    [InlineData("Metformin used alone frequently causes hypoglycaemia, so carry glucose tablets.")]
    public void TheOppositeFrequency_ContradictsTheFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(RarelyLow, answer));

    [Theory]
    [InlineData("Metformin used alone rarely causes hypoglycaemia.")]
    [InlineData("Used on its own, metformin rarely causes hypoglycaemia.")]
    [InlineData("Metformin used alone seldom causes hypoglycaemia.")]
    [InlineData("Metformin used alone hardly ever causes hypoglycaemia.")]
    [InlineData("When used alone, metformin almost never causes hypoglycaemia.")]
    public void TheSameFrequency_InOtherWords_DoesNotContradict(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, FactVerdict(RarelyLow, answer));

    // Ages compare as numbers, as doses do: "at age 50" gives another age than "at age 45".
    private const string ScreenAt45 = "Average-risk adults should start colorectal cancer screening at age 45.";

    [Theory]
    [InlineData("Average-risk adults should start colorectal cancer screening at age 50.")]
    [InlineData("For people at average risk, colorectal cancer screening starts at age 50.")]
    [InlineData("Colorectal cancer screening should start at age 50 for average-risk adults.")]
    [InlineData("Average-risk adults aged 50 should start colorectal cancer screening.")]
    [InlineData("Average-risk adults should start colorectal cancer screening when they are 50 years old.")]
    public void AnotherAge_ContradictsTheFact(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(ScreenAt45, answer));

    [Theory]
    [InlineData("Average-risk adults should start colorectal cancer screening at age 45.")]
    [InlineData("Colorectal cancer screening is recommended for average-risk adults from age 45 to 75.")]
    [InlineData("At age 45, average-risk adults should start colorectal cancer screening.")]
    [InlineData("Average-risk adults should start colorectal cancer screening at 45 years old.")]
    [InlineData("Average-risk adults should start colorectal cancer screening at age 45, or earlier with a family history.")]
    public void TheSameAge_DoesNotContradict(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, FactVerdict(ScreenAt45, answer));

    private static StatementVerdictKind FactVerdict(string fact, string answer) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(fact)!, null).Verdict;
}
