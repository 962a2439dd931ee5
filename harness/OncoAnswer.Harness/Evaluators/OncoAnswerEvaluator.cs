using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// The skeleton every rule evaluator shares: it declares its metrics (from the <see cref="MetricCatalogue"/>), checks
/// that the lexicon has the categories they read, finds the <see cref="ScenarioContext"/> (the scenario and the one
/// shared analysis of the answer) and wraps what <see cref="ScoreAsync"/> returns. An evaluator derived from it only
/// scores: it reads the context and returns its metrics, using <see cref="NotApplicable"/> for a metric that does not apply.
/// </summary>
public abstract class OncoAnswerEvaluator : IEvaluator
{
    /// <summary>Declares <paramref name="metrics"/> and requires their lexicon categories from <paramref name="lexicon"/> (default: the embedded one).</summary>
    /// <exception cref="Scenarios.InputException">The lexicon lacks a category a metric reads.</exception>
    protected OncoAnswerEvaluator(IReadOnlyList<MetricDefinition> metrics, PhraseLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        Definitions = metrics;
        EvaluationMetricNames = [.. metrics.Select(m => m.Id)];
        Lexicon = lexicon ?? PhraseLexicon.Embedded;
        var categories = metrics.SelectMany(m => m.Categories).Distinct(StringComparer.Ordinal).ToList();
        if (categories.Count > 0)
        {
            Lexicon.Require(categories);
        }
    }

    /// <summary>The metrics this evaluator reports, in the order it reports them.</summary>
    public IReadOnlyList<MetricDefinition> Definitions { get; }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> EvaluationMetricNames { get; }

    /// <summary>The phrase lexicon the evaluator matches.</summary>
    protected PhraseLexicon Lexicon { get; }

    /// <inheritdoc/>
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        return ScoreAsync(ScenarioContext.Resolve(additionalContext, modelResponse), cancellationToken);
    }

    /// <summary>Scores the answer of <paramref name="context"/>: one metric for each of <see cref="Definitions"/>.</summary>
    protected abstract ValueTask<EvaluationResult> ScoreAsync(ScenarioContext context, CancellationToken cancellationToken);

    /// <summary>Wraps <paramref name="metrics"/> as the evaluation result.</summary>
    protected static ValueTask<EvaluationResult> Result(params EvaluationMetric[] metrics) => new(new EvaluationResult(metrics));

    /// <summary>
    /// The result of <paramref name="metric"/> when it does not apply to the scenario: no value, never failed, reason
    /// <c>not applicable</c>, <paramref name="why"/> in its metadata; a numeric metric stays a <see cref="NumericMetric"/>.
    /// </summary>
    protected static EvaluationMetric NotApplicable(MetricDefinition metric, string why, AnswerAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Value switch
        {
            MetricValueKind.Boolean => Metrics.NotApplicable(metric.Id, why, analysis),
            MetricValueKind.Label => Metrics.NotApplicable(new StringMetric(metric.Id, null, Metrics.NotApplicableReason), why, analysis),
            _ => Metrics.NotApplicable(new NumericMetric(metric.Id, null, Metrics.NotApplicableReason), why, analysis),
        };
    }
}
