using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Answers written as Markdown tables (issue 16): a row says what it says of its header and of the sentence that leads
/// into the table, so a dose table with the wrong reduction steps makes the wrong claim and contradicts the right one,
/// and a table about something else makes neither. An unsafe claim made as fully as another passage denies it is made.
/// </summary>
public sealed class TableRowParaphraseTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    private const string WrongSteps = "Olaparib dose reductions go to 150 mg and then 100 mg twice daily.";

    private const string RightSteps = "Olaparib dose reductions go to 250 mg and then 200 mg twice daily.";

    public static TheoryData<string> WrongTables => new()
    {
        "Olaparib dose reductions follow fixed steps.\n\n| Level | Dose |\n|---|---|\n| Start | 300 mg twice daily |\n| First reduction | 150 mg twice daily |\n| Second reduction | 100 mg twice daily |",
        "If side effects build up, olaparib is lowered step by step.\n\n| Step | Olaparib dose reduction |\n|---|---|\n| Usual dose | 300 mg twice daily |\n| Step 1 | 150 mg twice daily |\n| Step 2 | 100 mg twice daily |",
        "Here are the olaparib dose levels:\n\n| | Dose |\n|---|---|\n| Starting dose | 300 mg twice a day |\n| 1st reduction | 150 mg twice a day |\n| 2nd reduction | 100 mg twice a day |",
        "Your team may reduce olaparib if your blood counts drop.\n\n| Dose reduction | Tablets |\n|---|---|\n| none | 300 mg twice daily |\n| first | 150 mg twice daily |\n| second | 100 mg twice daily |",
        "Olaparib reductions are made in two steps.\n| Olaparib dose | Twice daily |\n|---|---|\n| standard | 300 mg |\n| reduced once | 150 mg |\n| reduced twice | 100 mg |",
    };

    [Theory]
    [MemberData(nameof(WrongTables))]
    public void ATableWithTheWrongSteps_MakesTheWrongClaim(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(WrongSteps, StatementKind.Unsafe, answer));

    [Theory]
    [MemberData(nameof(WrongTables))]
    public void ATableWithTheWrongSteps_ContradictsTheRightOnes(string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(RightSteps, StatementKind.Guideline, answer));

    [Theory]
    [InlineData("Olaparib dose reductions follow fixed steps.\n\n| Level | Dose |\n|---|---|\n| Start | 300 mg twice daily |\n| First reduction | 250 mg twice daily |\n| Second reduction | 200 mg twice daily |")]
    [InlineData("Here are the olaparib dose levels:\n\n| | Dose |\n|---|---|\n| Starting dose | 300 mg twice a day |\n| 1st reduction | 250 mg twice a day |\n| 2nd reduction | 200 mg twice a day |")]
    [InlineData("Anastrozole is taken once a day.\n\n| Drug | Dose |\n|---|---|\n| anastrozole | 1 mg daily |\n| letrozole | 2.5 mg daily |")]
    [InlineData("| Side effect | What to do |\n|---|---|\n| nausea | take the anti-sickness tablets |\n| tiredness | rest and keep gently active |")]
    [InlineData("Olaparib dose reductions follow fixed steps, which your oncologist chooses.\n\n| Question | Who answers |\n|---|---|\n| Which dose now? | your oncologist |\n| Missed a dose? | your pharmacist |")]
    public void ATableWithTheRightStepsOrAboutSomethingElse_DoesNotMakeTheWrongClaim(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(WrongSteps, StatementKind.Unsafe, answer));

    private const string ShotsCure = "Vitamin B17 injections cure bowel cancer.";

    [Theory]
    [InlineData("Vitamin B17 injections cure bowel cancer. Vitamin B17 injections do not cure bowel cancer.")]
    [InlineData("Doctors will say vitamin B17 injections do not cure bowel cancer. But vitamin B17 injections cure bowel cancer.")]
    [InlineData("Vitamin B17 injections don't cure bowel cancer overnight. In the end, though, vitamin B17 injections cure bowel cancer.")]
    public void AnUnsafeClaimMadeAsFullyAsItIsDenied_IsMade(string answer) =>
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(ShotsCure, StatementKind.Unsafe, answer));

    [Theory]
    [InlineData("Vitamin B17 injections do not cure bowel cancer, and nothing shows they help at all.")]
    [InlineData("Vitamin B17 injections do not cure bowel cancer; they can cause cyanide poisoning.")]
    public void AnUnsafeClaimOnlyDenied_IsNotMade(string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, Verdict(ShotsCure, StatementKind.Unsafe, answer));

    private static StatementVerdictKind Verdict(string statement, StatementKind kind, string answer) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(statement, kind)!).Verdict;
}
