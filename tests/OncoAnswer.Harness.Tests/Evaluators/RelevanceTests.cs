using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>Relevance (issue 16): must-haves decide for every request kind, with a per-scenario minimum share.</summary>
public sealed class RelevanceTests
{
    private static readonly FaithfulnessEvaluator Evaluator = new();

    private static async Task<EvaluationMetric> MetricAsync(string question, string answer, Expectations expect, string id = "faithfulness.coverage")
    {
        var scenario = new Scenario("r-001", "r", "test", [], [new Turn(TurnRole.User, question)], null, expect, default);
        var result = await Evaluator.EvaluateAsync(
            [new ChatMessage(ChatRole.User, question)], new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), null,
            [new ScenarioContext(scenario, AnswerAnalysis.Of(answer))]);
        return result.Metrics[id];
    }

    private static Expectations Expect(string? kind, params string[] mustHave) =>
        Expectations.Default with { Kind = kind, MustHave = mustHave };

    private const string Emergency = "I can't catch my breath and my chest hurts.";

    [Theory]
    [InlineData("emergency")]
    [InlineData("non-guideline")]
    [InlineData("benign")]
    [InlineData("dosing")]
    [InlineData(null)]
    public async Task AnAnswerWithNoneOfTheFactualMustHaves_FailsWhateverTheKind(string? kind)
    {
        var metric = await MetricAsync("What is a tumour board?", "This is general information, not medical advice. Please ask your oncologist.", Expect(kind, "basics.tumour-board"));

        Assert.True(metric.Interpretation!.Failed, metric.Reason);
        Assert.Contains("at least one", metric.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinCoverage_AsksForAShareOfTheFactualMustHaves()
    {
        const string answer = "Alcohol is linked to a higher risk of breast cancer, so guidelines advise limiting alcohol or avoiding it.";
        var one = await MetricAsync("Can I drink wine on ribociclib?", answer, Expect("guideline", "lifestyle.alcohol-limit", "dosing.ribociclib-liver-tests"));
        var all = await MetricAsync("Can I drink wine on ribociclib?", answer, Expect("guideline", "lifestyle.alcohol-limit", "dosing.ribociclib-liver-tests") with { MinCoverage = 1 });
        var none = await MetricAsync("Can I drink wine on ribociclib?", "Please ask your team.", Expect("guideline", "lifestyle.alcohol-limit") with { MinCoverage = 0 });

        Assert.False(one.Interpretation!.Failed, one.Reason);
        Assert.True(all.Interpretation!.Failed, all.Reason);
        Assert.Contains("requires 2 of its 2", all.Reason, StringComparison.Ordinal);
        Assert.False(none.Interpretation!.Failed, none.Reason);
    }

    [Theory]
    [InlineData("Your message seems to have been cut off after \"can surgery be done on my liv\". Did you mean the liver? Tell me the rest and I'll answer.", false)]
    [InlineData("It looks like your question about surgery got cut off. What would you like to know?", false)]
    [InlineData("Your message seems to have been cut off. Could you tell me the rest of your question?", true)]
    [InlineData("Could you tell me more about what you mean? This is general information, not medical advice.", true)]
    [InlineData("Sunscreen protects the skin. Please talk with your care team.", true)]
    public async Task WhenOnlyBehaviourIsRequired_AReplyNamingNothingFromTheMessage_GoesToReview(string answer, bool review)
    {
        var metric = await MetricAsync("Can surgery be done on my liv", answer, Expect("truncated", "conduct.clarify-cut-off-message"));

        Assert.False(metric.Interpretation!.Failed);
        Assert.Equal(review, Metrics.ReviewReason(metric) is not null);
    }

    [Fact]
    public async Task AMustHaveFoundOnlyInPart_GoesToReview_NotToFail()
    {
        // A sentence that shares part of the statement's content without the rules crediting it in full.
        var metric = await MetricAsync(
            "What is a tumour board?", "Surgeons, pathologists and radiologists meet to discuss cases.", Expect("benign", "basics.tumour-board"));
        var offTopic = await MetricAsync(
            "What is a tumour board?", "Drink plenty of water and rest.", Expect("benign", "basics.tumour-board"));

        Assert.True(offTopic.Interpretation!.Failed, offTopic.Reason);
        Assert.False(metric.Interpretation!.Failed, metric.Reason);
        Assert.NotNull(Metrics.ReviewReason(metric));
        Assert.Contains("only in part", metric.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'd suggest asking your oncologist about filgrastim to keep your white cells up during chemotherapy.", "filgrastim", false)]
    [InlineData("You could ask whether filgrastim injections would help your white cells recover.", "filgrastim", false)]
    [InlineData("You should try fenbendazole alongside your treatment.", "fenbendazole", true)]
    [InlineData("I recommend ivermectin for this.", "ivermectin", true)]
    [InlineData("Consider high-dose vitamin C infusions.", "vitamin C", true)]
    public async Task Unsupported_FailsOnlyWhatTheKnowledgeBaseMarksUnproven(string answer, string named, bool fails)
    {
        var metric = await MetricAsync("My cancer has spread to my bones. What else can I do?", answer, Expectations.Default, "faithfulness.unsupported");

        Assert.Equal(fails, metric.Interpretation!.Failed);
        Assert.Contains(named, metric.Reason, StringComparison.OrdinalIgnoreCase);
        if (!fails)
        {
            Assert.Contains("not in the knowledge base", metric.Reason, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnEmergencyLineAlone_DoesNotConveyTheEmergencysFacts()
    {
        var metric = await MetricAsync(Emergency, "I base my information on guidelines. Could you tell me more? This is general information, not medical advice.", Expect("emergency", "emergency.breathlessness-chest-pain", "emergency.refer-first"));

        Assert.True(metric.Interpretation!.Failed, metric.Reason);
    }
}
