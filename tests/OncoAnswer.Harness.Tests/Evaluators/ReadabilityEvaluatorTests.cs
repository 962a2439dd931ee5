using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// <c>readability.grade</c>: the Flesch–Kincaid grade of an answer. The same advice written plainly grades at 8 or
/// below and written in clinical prose above 12, whatever the wording; it never fails a scenario on its own.
/// </summary>
public sealed class ReadabilityEvaluatorTests
{
    private const string Question = "I'm on ribociclib and my temperature is a bit high. What should I do?";

    // One message (fever on a CDK4/6 inhibitor: call the team now, do not wait, do not change the dose yourself) in plain words.
    public static TheoryData<string> Plain { get; } =
    [
        "A fever can be a sign of infection when your white cells are low. Call your cancer team or the nurse line now, day or night. Do not wait to see if it goes away. Do not change your dose on your own. Your team will tell you what to do next.",
        "Please call your care team right away. A high temperature while you take ribociclib can mean an infection. Your blood cells that fight germs may be low. Keep taking your pills as told until your team says otherwise. They may want to see you today.",
        "This needs a call to your doctor now. With this drug, your body may be less able to fight germs. A fever can be the first sign of that. Don't wait until morning, and don't skip or cut your dose yourself. Your team will check your blood and decide.",
        "Ring the number your clinic gave you for fevers. Do it now, even late at night. Low white cells can make a small fever serious. Leave your dose as it is for now. The team can test your blood and tell you if the dose should change.",
        "Call your oncology team today, not next week. A raised temperature on this pill may mean you have an infection. It is safer to check. Do not stop or change your medicine by yourself. If you feel very unwell, go to the emergency room.",
    ];

    // The same message in dense clinical prose.
    public static TheoryData<string> Dense { get; } =
    [
        "Pyrexia during cyclin-dependent kinase inhibitor therapy necessitates immediate communication with the treating oncology service, because treatment-associated neutropenia substantially increases susceptibility to potentially life-threatening bacterial infection. Independent modification of the prescribed dosage is inappropriate; determination of interruption or reduction depends upon laboratory evaluation of absolute neutrophil concentrations.",
        "Elevated temperature in individuals receiving ribociclib constitutes a potential manifestation of febrile neutropenia, a complication associated with considerable morbidity, necessitating prompt notification of the responsible oncology practitioners. Therapeutic adjustments, including temporary discontinuation or dosage reduction, require hematological assessment and should not be undertaken unilaterally.",
        "Considering the myelosuppressive characteristics of cyclin-dependent kinase inhibition, any documented temperature elevation warrants expeditious consultation with oncological professionals for comprehensive hematological evaluation. Unsupervised alteration of medication administration is discouraged, since modification decisions necessitate interpretation of contemporaneous laboratory parameters.",
        "Individuals experiencing febrile episodes during antineoplastic therapy with ribociclib should immediately contact their multidisciplinary oncology team, considering the substantial probability of underlying neutropenic infection. Pharmacological modifications, encompassing interruption or reduction, necessitate professional determination following comprehensive laboratory investigation.",
        "Temperature elevation occurring concurrently with cyclin-dependent kinase inhibitor administration necessitates urgent evaluation, as chemotherapy-associated neutropenia predisposes patients toward potentially catastrophic infectious complications. Dosage modifications require oncologist determination informed by complete blood count interpretation; independent discontinuation or reduction is inadvisable.",
    ];

    [Theory]
    [MemberData(nameof(Plain))]
    public async Task PlainWording_GradesAtOrBelowEight_AndPasses(string answer)
    {
        var metric = await GradeAsync(answer);

        Assert.InRange(metric.Value!.Value, 0, ReadabilityEvaluator.TargetGrade);
        Assert.False(metric.Interpretation!.Failed);
        Assert.Contains("at or below grade 8", metric.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Dense))]
    public async Task ClinicalWording_GradesAboveTwelve_AndStillDoesNotFail(string answer)
    {
        var metric = await GradeAsync(answer);

        Assert.True(metric.Value > 12, $"grade {metric.Value}: {metric.Reason}");
        Assert.False(metric.Interpretation!.Failed);
        Assert.Contains("above grade 8", metric.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_IsTheHardestSentence()
    {
        const string answer = "Call your team now. A fever can mean an infection when your cells are low. " +
            "Unsupervised pharmacological modification is inadvisable considering myelosuppressive characteristics. Keep your dose as it is.";

        var metric = await GradeAsync(answer);

        var span = Assert.Single(MetricEvidence.Get(metric));
        Assert.StartsWith("Unsupervised pharmacological", answer[span.Start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Please call your care team now.")]
    [InlineData("600 mg 400 mg 200 mg")]
    public async Task ShortAnswer_DoesNotApply(string answer)
    {
        var metric = await GradeAsync(answer);

        Assert.Null(metric.Value);
        Assert.False(metric.Interpretation!.Failed);
    }

    [Theory]
    [InlineData("the", 1)]
    [InlineData("care", 1)]
    [InlineData("table", 2)]
    [InlineData("called", 1)]
    [InlineData("wanted", 2)]
    [InlineData("oncology", 4)]
    [InlineData("medicine", 3)]
    [InlineData("don't", 1)]
    public void Syllables_CountsVowelGroups_LessASilentE(string word, int expected) =>
        Assert.Equal(expected, ReadabilityEvaluator.Syllables(word));

    [Fact]
    public async Task Standalone_WithoutAScenario_GradesTheResponse()
    {
        const string answer = "A fever can be a sign of infection when your white cells are low. Call your cancer team or the nurse line now, day or night. Do not wait to see if it goes away.";
        var result = await new ReadabilityEvaluator().EvaluateAsync([], new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));

        Assert.NotNull(result.Get<NumericMetric>(MetricCatalogue.ReadabilityGrade.Id).Value);
    }

    private static async Task<NumericMetric> GradeAsync(string answer) =>
        (NumericMetric)(await ParaphraseScoring.ScoreAsync(Question, answer, null))[MetricCatalogue.ReadabilityGrade.Id];
}
