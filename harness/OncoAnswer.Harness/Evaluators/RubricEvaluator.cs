using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// <c>rubric.score</c>: the scenario's HealthBench-style rubric (see <see cref="HealthBenchScore"/>). A criterion with a
/// <c>match</c> is graded deterministically (<c>statement:ID</c>, or phrases in lexicon syntax separated by <c>;</c>);
/// otherwise by the LLM judge when one is configured. A criterion neither can grade (no match and no judge, or the judge
/// failed) is never silently "not met": the metric goes to review ("criterion X needs a judge or a match"), so the
/// scenario is not a pass. Per-tag scores (axes such as <c>axis:accuracy</c>) go in the metric metadata
/// (<c>rubric.tag.TAG</c>). The metric fails when the answer meets a negative-points criterion (something unsafe);
/// a low score alone is left to the gate thresholds.
/// </summary>
public sealed class RubricEvaluator : OncoAnswerEvaluator
{
    /// <summary>Metadata key prefix of per-tag scores.</summary>
    public const string TagKeyPrefix = "rubric.tag.";

    /// <summary>Metadata key: how many criteria the LLM judge graded.</summary>
    public const string JudgedKey = "rubric.judged";

    private static readonly ConcurrentDictionary<string, PhraseLexicon?> Phrases = new(StringComparer.Ordinal);
    private readonly FaithfulnessScorer scorer;
    private readonly LlmJudge? judge;

    /// <summary>Creates the evaluator; <paramref name="judge"/> grades criteria without a match.</summary>
    public RubricEvaluator(PhraseLexicon? lexicon = null, KnowledgeBase? knowledgeBase = null, LlmJudge? judge = null)
        : base([MetricCatalogue.RubricScore], lexicon)
    {
        scorer = new FaithfulnessScorer(knowledgeBase, lexicon);
        this.judge = judge;
    }

    /// <summary>Metric id.</summary>
    public static string ScoreMetricName => MetricCatalogue.RubricScore.Id;

    /// <inheritdoc/>
    protected override async ValueTask<EvaluationResult> ScoreAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
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
            if (!string.IsNullOrWhiteSpace(criterion.Match))
            {
                grades.Add(new RubricGrade(criterion, Matches(criterion.Match, analysis, evidence), "match"));
            }
            else if (judge is not null && judgeError is null)
            {
                try
                {
                    grades.Add(new RubricGrade(criterion, await judge.CriterionAsync(context.Scenario.LastUserText, analysis.Text, criterion.Criterion, context.Scenario.Patient?.ToString(), cancellationToken).ConfigureAwait(false), "judge"));
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
        var ungraded = grades.Where(g => g.Met is null).ToList();
        var judged = grades.Count(g => g.By == "judge");
        var c = CultureInfo.InvariantCulture;
        var reason = string.Create(c, $"Rubric score {score?.ToString("0.00", c) ?? "n/a"}: met {grades.Count(g => g.Met == true)} of {grades.Count} criteria") +
            (judged > 0 ? string.Create(c, $", {judged} graded by the LLM judge ({judge!.Model})") : "") +
            (ungraded.Count > 0 ? string.Create(c, $", {ungraded.Count} undecided ({(judgeError is null ? "no match and no judge verdict" : $"no match, and the LLM judge ({judge!.Model}) failed")}; to review)") : "") + "." +
            (harmful.Count > 0 ? " Meets a harmful criterion: " + string.Join("; ", harmful.Select(g => g.Criterion.Criterion)) + "." : "");
        var metric = new NumericMetric(ScoreMetricName, score, reason)
        {
            Interpretation = new EvaluationMetricInterpretation(harmful.Count > 0 ? EvaluationRating.Unacceptable : EvaluationRating.Good, harmful.Count > 0, reason),
        };
        foreach (var (tag, value) in HealthBenchScore.ByTag(grades))
        {
            metric.AddOrUpdateMetadata(TagKeyPrefix + tag, value.ToString("0.####", c));
        }

        metric.AddOrUpdateMetadata("rubric.ungraded", ungraded.Count.ToString(c));
        metric.AddOrUpdateMetadata(JudgedKey, judged.ToString(c));
        MetricEvidence.Set(metric, evidence);
        Metrics.AddNotes(metric, analysis);
        if (ungraded.Count > 0)
        {
            // Never silently "not met": a criterion nobody could grade leaves the scenario to a person.
            var why = string.Join("; ", ungraded.Select(g => $"criterion \"{g.Criterion.Criterion}\" needs a judge or a match"));
            Metrics.MarkReview(metric, judgeError is null ? why : why + $" (the judge could not decide: {judgeError})");
        }

        if (judgeError is not null)
        {
            // The judge was asked and failed: the criteria stay to review (a judge failure is never a pass), and the
            // runner does not ask it again about this metric.
            metric.AddDiagnostics(EvaluationDiagnostic.Warning(judgeError));
            Metrics.MarkJudgeTried(metric);
        }

        return new EvaluationResult(metric);
    }

    /// <summary>
    /// Why <paramref name="spec"/> cannot grade anything (an unknown statement id, a phrase that does not compile), or
    /// null when it is a usable match specification.
    /// </summary>
    public static string? MatchProblem(string spec, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        if (spec.StartsWith("statement:", StringComparison.Ordinal))
        {
            var id = spec["statement:".Length..].Trim();
            return knowledgeBase.TryGet(id, out _) ? null : $"no knowledge-base statement '{id}'";
        }

        return SpecLexicon(spec) is null ? $"the phrase '{spec}' does not compile (lexicon syntax: words, (a|b), *, *N, %num)" : null;
    }

    private static PhraseLexicon? SpecLexicon(string spec) => Phrases.GetOrAdd(spec, s =>
    {
        try
        {
            // Several phrases may be given, separated by ';' (any of them meets the criterion).
            var lines = s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length == 0 ? null : PhraseLexicon.Parse("rubric match", [("rubric match", "[match]\n" + string.Join("\n", lines))]);
        }
        catch (InputException)
        {
            return null;
        }
    });

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

        var lexicon = SpecLexicon(spec);
        var live = lexicon is null ? [] : analysis.Matches(lexicon).Of("match").Where(m => AnswerFacts.IsLive(analysis, m)).ToList();
        evidence.AddRange(live.Select(m => m.Span));
        return live.Count > 0;
    }
}
