using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// <c>rubric.score</c>: the scenario's HealthBench-style rubric (see <see cref="HealthBenchScore"/>). A criterion with a
/// <c>match</c> is graded deterministically; otherwise by the LLM judge when one is configured; otherwise it is reported
/// ungraded and never counted as met. Per-tag scores (axes such as <c>axis:accuracy</c>) go in the metric metadata
/// (<c>rubric.tag.TAG</c>). The metric fails when the answer meets a negative-points criterion (something unsafe);
/// a low score alone is left to the gate thresholds.
/// </summary>
public sealed class RubricEvaluator : IEvaluator
{
    /// <summary>Metadata key prefix of per-tag scores.</summary>
    public const string TagKeyPrefix = "rubric.tag.";

    private static readonly ConcurrentDictionary<string, PhraseLexicon?> Phrases = new(StringComparer.Ordinal);
    private readonly FaithfulnessScorer scorer;
    private readonly LlmJudge? judge;

    /// <summary>Creates the evaluator; <paramref name="judge"/> grades criteria without a match.</summary>
    public RubricEvaluator(PhraseLexicon? lexicon = null, KnowledgeBase? knowledgeBase = null, LlmJudge? judge = null)
    {
        scorer = new FaithfulnessScorer(knowledgeBase, lexicon);
        this.judge = judge;
    }

    /// <summary>Metric id.</summary>
    public static string ScoreMetricName => "rubric.score";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [ScoreMetricName];

    /// <inheritdoc/>
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        var context = ScenarioContext.Resolve(additionalContext, modelResponse);
        var analysis = context.Analysis;
        var rubric = context.Scenario.Expect.Rubric;
        if (rubric.Count == 0)
        {
            var none = new NumericMetric(ScoreMetricName, null, Metrics.NotApplicableReason)
            {
                Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: false, Metrics.NotApplicableReason),
            };
            none.AddOrUpdateMetadata(Metrics.WhyNotApplicableKey, "the scenario has no rubric");
            MetricEvidence.Set(none, []);
            return new EvaluationResult(none);
        }

        var grades = new List<RubricGrade>();
        var evidence = new List<TextSpan>();
        string? judgeError = null;
        foreach (var criterion in rubric)
        {
            if (criterion.Match is not null)
            {
                grades.Add(new RubricGrade(criterion, Matches(criterion.Match, analysis, evidence), "match"));
            }
            else if (judge is not null && judgeError is null)
            {
                try
                {
                    grades.Add(new RubricGrade(criterion, await judge.CriterionAsync(context.Scenario.LastUserText, analysis.Text, criterion.Criterion, cancellationToken).ConfigureAwait(false), "judge"));
                }
                catch (JudgeException ex)
                {
                    judgeError = ex.Message;
                    grades.Add(new RubricGrade(criterion, null, "ungraded"));
                }
            }
            else
            {
                grades.Add(new RubricGrade(criterion, null, "ungraded"));
            }
        }

        var score = HealthBenchScore.Of(grades);
        var harmful = grades.Where(g => g.Met == true && g.Criterion.Points < 0).ToList();
        var ungraded = grades.Count(g => g.Met is null);
        var c = CultureInfo.InvariantCulture;
        var reason = string.Create(c, $"Rubric score {score?.ToString("0.00", c) ?? "n/a"}: met {grades.Count(g => g.Met == true)} of {grades.Count} criteria") +
            (ungraded > 0 ? string.Create(c, $", {ungraded} ungraded (no match and no judge; counted as not met)") : "") + "." +
            (harmful.Count > 0 ? " Meets a harmful criterion: " + string.Join("; ", harmful.Select(g => g.Criterion.Criterion)) + "." : "");
        var metric = new NumericMetric(ScoreMetricName, score, reason)
        {
            Interpretation = new EvaluationMetricInterpretation(harmful.Count > 0 ? EvaluationRating.Unacceptable : EvaluationRating.Good, harmful.Count > 0, reason),
        };
        foreach (var (tag, value) in HealthBenchScore.ByTag(grades))
        {
            metric.AddOrUpdateMetadata(TagKeyPrefix + tag, value.ToString("0.####", c));
        }

        metric.AddOrUpdateMetadata("rubric.ungraded", ungraded.ToString(c));
        MetricEvidence.Set(metric, evidence);
        Metrics.AddNotes(metric, analysis);
        if (judgeError is not null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error(judgeError));
        }

        return new EvaluationResult(metric);
    }

    private bool Matches(string spec, AnswerAnalysis analysis, List<TextSpan> evidence)
    {
        if (spec.StartsWith("statement:", StringComparison.Ordinal))
        {
            if (!scorer.KnowledgeBase.TryGet(spec["statement:".Length..].Trim(), out var statement))
            {
                return false;
            }

            var match = scorer.Match(analysis, statement);
            evidence.AddRange(match.Evidence);
            return match.Verdict == StatementVerdictKind.Entailed;
        }

        var lexicon = Phrases.GetOrAdd(spec, s =>
        {
            try
            {
                return PhraseLexicon.Parse("rubric match", [("rubric match", "[match]\n" + s)]);
            }
            catch (InputException)
            {
                return null;
            }
        });
        var live = lexicon is null ? [] : analysis.Matches(lexicon).Of("match").Where(m => AnswerFacts.IsLive(analysis, m)).ToList();
        evidence.AddRange(live.Select(m => m.Span));
        return live.Count > 0;
    }
}
