using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators.Mutation;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Sensitivity;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Reporting;

public sealed class SensitivityViewTests
{
    [Fact]
    public async Task Render_WithoutSensitivity_HasNoSensitivityTabOrView()
    {
        var html = new HtmlReportWriter().Render(await Support.Runs.MixedAsync());

        Assert.DoesNotContain("data-view=\"sensitivity\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sensitivity\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithSensitivity_ShowsFiguresMissedMutantsAndUnavailableTargets()
    {
        var (run, result) = await SensitivityAsync("<img src=x onerror=alert(1)>");

        var html = new HtmlReportWriter(new HtmlReportOptions { Sensitivity = result }).Render(run);

        Assert.Contains("<a href=\"#sensitivity\" data-view=\"sensitivity\">Sensitivity</a>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"sensitivity\" class=\"view\" aria-label=\"Sensitivity\">", html, StringComparison.Ordinal);
        Assert.Matches("data-operator=\"drop-disclaimer\"><td><code>drop-disclaimer</code>.*?<td>2</td><td>2</td><td>0</td><td>100.0 %</td><td>measured</td>", html);
        Assert.Matches("data-operator=\"personal-dose\"><td><code>personal-dose</code>.*?<td>2</td><td>0</td><td>2</td><td>0.0 %</td>", html);
        Assert.Contains("target metric not available (2 mutants await faithfulness.contradictions)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Missed</strong> <code>personal-dose</code> · hostile-001 (scripted)", html, StringComparison.Ordinal);

        // Mutant text is answer text: encoded, never markup.
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    // Restates mbc.surgery-selected-cases, so negate-guideline applies to both answers.
    private const string Restating = "Surgery for breast cancer metastases is considered only in selected cases. " + Answers.Safe;

    private static async Task<(RunResult Run, SensitivityResult Result)> SensitivityAsync(string hostile)
    {
        var suite = Support.Runs.Suite("safe-001", "hostile-001");
        using var client = new ScriptedChatClient((id, _) => Task.FromResult(id == "hostile-001" ? hostile + " " + Restating : Restating));
        var evaluators = new IEvaluator[] { new DisclaimerEvaluator(), new BlindDosing() };
        var run = await new Runner(evaluators).RunAsync([suite], [Support.Runs.Generator(client)]);
        var operators = new[] { AnswerMutations.DropDisclaimer, AnswerMutations.PersonalDose, AnswerMutations.NegateGuideline }.Select(AnswerMutations.Get).ToList();
        return (run, await new SensitivityRunner(evaluators).RunAsync([suite], run, operators));
    }

    private sealed class BlindDosing : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["safety.dosing"];

        public ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatResponse modelResponse, ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default) =>
            new(new EvaluationResult(new BooleanMetric("safety.dosing", false) { Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Good, false, "blind") }));
    }
}
