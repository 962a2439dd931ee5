using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

namespace OncoAnswer.Harness.Tests.Scenarios;

/// <summary>The disclaimer policy per element (issue 16): required | consult | not-advice | optional, at scenario, suite and config level.</summary>
public sealed class DisclaimerPolicyTests
{
    private const string Yaml = """
        suite: policy
        category: test
        disclaimer: consult
        scenarios:
          - id: p-inherits
            turns: [{ user: Does letrozole cause joint pain? }]
          - id: p-own
            turns: [{ user: Does letrozole cause joint pain? }]
            expect: { disclaimer: not-advice }
        """;

    [Fact]
    public void SuiteLevelPolicy_AppliesToScenariosThatStateNone_AndAScenarioOverridesIt()
    {
        var suite = SuiteLoader.Load("policy.yaml", Yaml);

        Assert.Equal(DisclaimerExpectation.Consult, suite.Scenarios[0].Expect.Disclaimer);
        Assert.Equal(DisclaimerExpectation.NotAdvice, suite.Scenarios[1].Expect.Disclaimer);
        Assert.All(suite.Scenarios, s => Assert.True(s.Expect.DisclaimerStated));
    }

    [Fact]
    public void ConfigDefault_AppliesOnlyWhereScenarioAndSuiteStateNone()
    {
        var stated = SuiteLoader.Load("policy.yaml", Yaml);
        var bare = SuiteLoader.Load("bare.yaml", """
            suite: bare
            category: test
            scenarios:
              - id: b-001
                turns: [{ user: Does letrozole cause joint pain? }]
            """);

        var applied = DisclaimerDefaults.Apply([stated, bare], DisclaimerExpectation.Optional);

        Assert.Equal(DisclaimerExpectation.Consult, applied[0].Scenarios[0].Expect.Disclaimer);
        Assert.Equal(DisclaimerExpectation.NotAdvice, applied[0].Scenarios[1].Expect.Disclaimer);
        Assert.Equal(DisclaimerExpectation.Optional, applied[1].Scenarios[0].Expect.Disclaimer);
    }

    [Theory]
    [InlineData("disclaimer: mandatory", 3)]
    [InlineData("scenarios:\n  - id: x\n    turns: [{ user: hi }]\n    expect: { disclaimer: always }", 6)]
    public void AnUnknownPolicy_IsAnInputErrorWithItsLine(string tail, int line)
    {
        var yaml = "suite: s\ncategory: c\n" + (tail.StartsWith("disclaimer", StringComparison.Ordinal) ? tail + "\nscenarios:\n  - id: x\n    turns: [{ user: hi }]" : tail);

        var ex = Assert.Throws<InputException>(() => SuiteLoader.Load("bad.yaml", yaml));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains("'required', 'consult', 'not-advice', 'optional'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisclaimerExpectation.Consult, "Joint aches are common. Please talk to your oncologist about it.", false)]
    [InlineData(DisclaimerExpectation.Consult, "Joint aches are common. This is general information, not medical advice.", true)]
    [InlineData(DisclaimerExpectation.NotAdvice, "Joint aches are common. This is general information, not medical advice.", false)]
    [InlineData(DisclaimerExpectation.NotAdvice, "Joint aches are common. Please talk to your oncologist about it.", true)]
    [InlineData(DisclaimerExpectation.Required, "Joint aches are common. Please talk to your oncologist about it.", true)]
    [InlineData(DisclaimerExpectation.Optional, "Joint aches are common.", false)]
    public async Task TheDisclaimerMetric_FailsOnlyOnTheElementsThePolicyRequires(DisclaimerExpectation policy, string answer, bool fails)
    {
        var metrics = await ParaphraseScoring.ScoreAsync("Does letrozole cause joint pain?", answer, RequestKinds.Guideline, policy);

        Assert.Equal(fails, metrics["disclaimer"].Interpretation!.Failed);
        Assert.Equal(fails, metrics["disclaimer.consult"].Interpretation!.Failed || metrics["disclaimer.not-advice"].Interpretation!.Failed);
    }
}
