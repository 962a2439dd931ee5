using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Words that qualify a claim without making one ("potentially", "particularly", "especially", "several", "various",
/// "certain") need not be repeated for a fact to be conveyed (issue 16, K-QA entailment): "numbness is a potential side
/// effect of oxaliplatin" is said by "oxaliplatin can cause numbness". They never make an answer convey what it does not
/// say, and "severe" stays a word of its own though the stemmer gives it the stem of "several". "Possible" stays
/// content: "where possible" is part of what a fact says ("extractions are avoided where possible").
/// Every wording here is written for these tests.
/// </summary>
public sealed class QualifierParaphraseTests
{
    // Read against the question, what a fact adds is its rarest word the question does not name; a qualifier is rare,
    // so it was taken for what the fact adds, and an answer leaving it out was missed.
    [Theory]
    [InlineData("Radiotherapy potentially causes fatigue.", "Yes, radiotherapy causes fatigue.", "Does radiotherapy make you tired?")]
    [InlineData("Neutropenia is a potential side effect of ribociclib.", "Ribociclib can cause neutropenia.", "What are the side effects of ribociclib?")]
    [InlineData("Chemotherapy can particularly affect fertility in older women.", "Chemotherapy can affect fertility in older women.", "Will chemotherapy affect whether I can have children?")]
    [InlineData("Certain supplements can interact with chemotherapy.", "Supplements can interact with chemotherapy.", "Can I take supplements during chemotherapy?")]
    [InlineData("Hormone therapy can cause several side effects, especially hot flushes.", "Hormone therapy often causes hot flushes.", "Does hormone therapy have side effects?")]
    [InlineData("Various herbal teas can particularly affect sleep.", "Herbal teas can affect sleep.", null)]
    public void AQualifierLeftOut_StillConveysTheFact(string fact, string answer, string? question) =>
        Assert.Equal(StatementVerdictKind.Entailed, BundledStatements.Fact(fact, answer, question));

    [Theory]
    [InlineData("Numbness in the fingers is a potential side effect of oxaliplatin.", "Oxaliplatin has potential as a drip.")]
    [InlineData("Oxaliplatin can cause numbness, particularly in the fingers and toes when it is cold.", "Oxaliplatin is given particularly often for bowel cancer.")]
    [InlineData("Several chemotherapy drugs can potentially damage the ovaries.", "Several chemotherapy drugs are given by drip.")]
    [InlineData("Certain antibiotics can interact with ribociclib and change its levels.", "Certain antibiotics are taken for a week.")]
    [InlineData("Severe diarrhoea during chemotherapy needs assessment the same day.", "Several loose stools during chemotherapy are common and settle.")]
    public void TheQualifierAlone_DoesNotConveyIt(string fact, string answer) =>
        Assert.NotEqual(StatementVerdictKind.Entailed, BundledStatements.Fact(fact, answer));
}
