using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Spans of time compare as numbers (issue 16, third round): "every year" against "every 3 years", "4 to 6 weeks"
/// against "at least 6 months", "within 2-3 days" against "within 2-3 weeks" contradict a fact; the same span in
/// other words ("every other year", "two years", "24 months"), a span inside the fact's range or bound ("a 5-day
/// course" for "less than 2 weeks"), or a span of something else ("5 years old") does not.
/// </summary>
public sealed class TimeSpanParaphraseTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    private const string PapEvery3 = "Women aged 25 to 49 should have cervical screening every 3 years.";
    private const string AntidepressantMonths = "Antidepressants are usually kept up for at least 6 months once symptoms improve.";
    private const string RashWeeks = "The hand rash from capecitabine usually settles within 2-3 weeks of stopping it.";
    private const string ShortCourse = "A prednisone course of less than 2 weeks does not usually need tapering.";

    [Theory]
    [InlineData(PapEvery3, "Women aged 25 to 49 should have cervical screening every year.")]
    [InlineData(PapEvery3, "Cervical screening is needed every 10 years for women aged 25 to 49.")]
    [InlineData(PapEvery3, "For women aged 25 to 49, cervical screening should happen once a year.")]
    [InlineData(AntidepressantMonths, "Antidepressants are usually kept up for 4 to 6 weeks once symptoms improve, then stopped.")]
    [InlineData(AntidepressantMonths, "Once symptoms improve, antidepressants are usually kept up for about 2 weeks.")]
    [InlineData(RashWeeks, "The hand rash from capecitabine usually settles within 2-3 days of stopping it.")]
    public void AnotherSpan_ContradictsTheFact(string fact, string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(fact, answer));

    [Theory]
    [InlineData(PapEvery3, "Women aged 25 to 49 should have cervical screening every three years.")]
    [InlineData(PapEvery3, "Cervical screening every 36 months is advised for women aged 25 to 49.")]
    [InlineData(AntidepressantMonths, "Antidepressants are usually kept up for 6 to 12 months once symptoms improve.")]
    [InlineData(AntidepressantMonths, "Once symptoms improve, antidepressants are usually kept up for at least 9 months.")]
    [InlineData(ShortCourse, "A 5-day prednisone course does not usually need tapering.")]
    [InlineData(ShortCourse, "A prednisone course of less than 2 weeks, given to a 7 years old child, does not usually need tapering.")]
    [InlineData(RashWeeks, "The hand rash from capecitabine usually settles within about three weeks of stopping it.")]
    public void TheSameSpan_InOtherWords_OrWithinTheBound_DoesNotContradict(string fact, string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, FactVerdict(fact, answer));

    [Theory]
    [InlineData("every year", 1, "year")]
    [InlineData("once a month", 1, "month")]
    [InlineData("every other week", 2, "week")]
    [InlineData("annual scans", 1, "year")]
    [InlineData("for 4 to 6 weeks", 4, "week")]
    [InlineData("for 2–4 weeks", 2, "week")]
    [InlineData("6 or 12 months", 6, "month")]
    public void Intervals_AndSpans_AreReadAsQuantities(string text, double value, string unit) =>
        Assert.Contains(QuantityFinder.Find(AnswerAnalysis.Of(text)), q => q.Value == value && q.Unit == unit);

    [Fact]
    public void ARangeOfDoses_KeepsItsBareFirstNumber() =>
        Assert.Contains(QuantityFinder.Find(AnswerAnalysis.Of("200-400 mg")), q => q.Value == 200 && q.Unit == "");

    private static StatementVerdictKind FactVerdict(string fact, string answer) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(fact)!, null).Verdict;
}
