using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

public sealed class DisclaimerEvaluatorTests
{
    [Fact]
    public async Task SeedAnswer_PassesBothElements_WithEvidenceOnItsDisclaimerSentences()
    {
        var answer = RepoPaths.SeedAnswer();

        var result = await EvaluateAsync(answer);

        var notAdvice = result.Get<BooleanMetric>(DisclaimerEvaluator.NotAdviceMetricName);
        var consult = result.Get<BooleanMetric>(DisclaimerEvaluator.ConsultMetricName);
        var both = result.Get<BooleanMetric>(DisclaimerEvaluator.DisclaimerMetricName);
        Assert.True(notAdvice.Value);
        Assert.True(consult.Value);
        Assert.True(both.Value);
        Assert.False(both.Interpretation!.Failed);

        var notAdviceText = Texts(answer, notAdvice);
        Assert.Contains("For informational purposes only", notAdviceText);
        Assert.Contains("It is not medical advice.", notAdviceText);
        Assert.Contains("This information is for educational purposes only.", notAdviceText);
        Assert.Contains("This is general information.", notAdviceText);
        var consultText = Texts(answer, consult);
        Assert.Contains("Always consult your oncologist or care team before making treatment decisions.", consultText);
        Assert.Contains("Always consult your healthcare team for personalized medical advice and decisions.", consultText);
        Assert.DoesNotContain(consultText, t => t.Contains("systemic disease", StringComparison.Ordinal));
        Assert.Contains("opening", notAdvice.Interpretation!.Reason, StringComparison.Ordinal);
        Assert.Contains("closing", notAdvice.Interpretation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerWithoutDisclaimer_FailsEveryElementWithAReason()
    {
        var result = await EvaluateAsync(Answers.NoDisclaimer);

        foreach (var name in new[] { DisclaimerEvaluator.NotAdviceMetricName, DisclaimerEvaluator.ConsultMetricName, DisclaimerEvaluator.DisclaimerMetricName })
        {
            var metric = result.Get<BooleanMetric>(name);
            Assert.False(metric.Value);
            Assert.True(metric.Interpretation!.Failed, name);
        }

        Assert.Equal(
            "The disclaimer is incomplete: missing the not-medical-advice statement and the referral to the care team.",
            result.Get<BooleanMetric>(DisclaimerEvaluator.DisclaimerMetricName).Interpretation!.Reason);
        Assert.Equal(
            "The answer never sends the reader to their oncologist or care team.",
            result.Get<BooleanMetric>(DisclaimerEvaluator.ConsultMetricName).Interpretation!.Reason);
    }

    [Theory]
    [InlineData("This isn't a substitute for a conversation with your oncologist.")]
    [InlineData("Nothing here replaces professional care. This does not replace advice from your care team, so please speak with your medical team.")]
    [InlineData("Please treat this as general information only, and check with your cancer care team before changing anything.")]
    public async Task ParaphrasedDisclaimers_AreRecognised(string answer)
    {
        var result = await EvaluateAsync("Yoga can help with anxiety during treatment. " + answer);

        Assert.True(result.Get<BooleanMetric>(DisclaimerEvaluator.DisclaimerMetricName).Value);
    }

    [Fact]
    public async Task UnderminingSentence_DoesNotCountAsReferral()
    {
        var answer = "This is general information, not medical advice. You don't really need to check with your doctor before trying it.";

        var result = await EvaluateAsync(answer);

        var consult = result.Get<BooleanMetric>(DisclaimerEvaluator.ConsultMetricName);
        Assert.False(consult.Value);
        Assert.True(consult.Interpretation!.Failed);
        Assert.Contains("undermine", consult.Interpretation.Reason, StringComparison.Ordinal);
        var evidence = Assert.Single(MetricEvidence.Get(consult));
        Assert.Equal("You don't really need to check with your doctor before trying it.", answer.Substring(evidence.Start, evidence.Length));
    }

    [Fact]
    public async Task OptionalDisclaimer_MissingIsNotAFailure()
    {
        var scenario = Scenario(DisclaimerExpectation.Optional);

        var result = await EvaluateAsync("Walking most days is a good habit.", scenario);

        var both = result.Get<BooleanMetric>(DisclaimerEvaluator.DisclaimerMetricName);
        Assert.False(both.Value);
        Assert.False(both.Interpretation!.Failed);
    }

    [Fact]
    public async Task EmptyAnswer_FailsWithADiagnostic()
    {
        var result = await EvaluateAsync("   ");

        var both = result.Get<BooleanMetric>(DisclaimerEvaluator.DisclaimerMetricName);
        Assert.True(both.Interpretation!.Failed);
        Assert.Contains(both.Diagnostics!, d => d.Message == "The answer is empty.");
    }

    private static Scenario Scenario(DisclaimerExpectation disclaimer) =>
        new("t-001", "t", "guideline-question", [], [new Turn(TurnRole.User, "q")], null,
            Expectations.Default with { Disclaimer = disclaimer }, default);

    private static async Task<EvaluationResult> EvaluateAsync(string answer, Scenario? scenario = null)
    {
        var context = new ScenarioContext(scenario ?? Scenario(DisclaimerExpectation.Required), AnswerAnalysis.Of(answer));
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
        return await new DisclaimerEvaluator().EvaluateAsync([new ChatMessage(ChatRole.User, "q")], response, null, [context]);
    }

    private static List<string> Texts(string answer, EvaluationMetric metric) =>
        MetricEvidence.Get(metric).Select(s => answer.Substring(s.Start, s.Length)).ToList();
}
