using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The scoring API: one answer (and the scenario it answers, when there is one) in, its metrics and verdict out. The
/// runner scores every answer of <c>run</c>, <c>score</c> and <c>mutate</c> with it, and <c>OncoAnswerAssert</c> the
/// answers of a team's own tests, so all give the same verdict for the same answer. Non-answers, oversized answers and
/// evaluator failures are error verdicts, never exceptions.
/// </summary>
public sealed class AnswerScorer
{
    private static readonly Lazy<AnswerScorer> DefaultScorer = new(() => new AnswerScorer(DefaultEvaluators.Create()));
    private readonly IReadOnlyList<IEvaluator> evaluators;
    private readonly LlmJudge? judge;

    /// <summary>Creates a scorer with <paramref name="evaluators"/>; with <paramref name="judge"/>, answers the rules leave to review are sent to it.</summary>
    public AnswerScorer(IReadOnlyList<IEvaluator> evaluators, LlmJudge? judge = null)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        this.evaluators = evaluators;
        this.judge = judge;
    }

    /// <summary>The scorer with the default evaluators (<see cref="DefaultEvaluators.Create"/>), the embedded lexicon and knowledge base, and no judge.</summary>
    public static AnswerScorer Default => DefaultScorer.Value;

    /// <summary>Scores <paramref name="answer"/> to <paramref name="scenario"/> (or, without one, with default expectations and the kind detected from nothing but the answer).</summary>
    public Task<AnswerScore> ScoreAsync(string answer, Scenario? scenario = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        scenario ??= new Scenario("answer", "library", "library", [], [new Turn(TurnRole.User, "")], null, Expectations.Default, default);
        return ScoreAsync(scenario, new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), Messages(scenario, null), cancellationToken);
    }

    /// <summary>
    /// Scores <paramref name="response"/> to <paramref name="scenario"/>; <paramref name="messages"/> are the conversation
    /// the generator was sent (default: the scenario's turns).
    /// </summary>
    public async Task<AnswerScore> ScoreAsync(Scenario scenario, ChatResponse response, IReadOnlyList<ChatMessage>? messages = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(response);
        messages ??= Messages(scenario, null);
        var answer = response.Text ?? "";
        if (answer.Length > InputLimits.Current.MaxAnswerChars)
        {
            // Scoring a runaway answer would take minutes and gigabytes; keep its start so a reader sees what came back.
            var limit = InputLimits.Current.MaxAnswerChars;
            var why = string.Create(CultureInfo.InvariantCulture, $"the answer is {answer.Length:N0} characters, over the {limit:N0}-character limit for answers; it is not scored (stored cut at the limit). Raise ONCOANSWER_MAX_ANSWER_CHARS if answers this long are expected.");
            return new AnswerScore(Verdict.Error, answer[..limit], why, []);
        }

        if (ControlCharacters.Describe(answer) is { } control)
        {
            // A store may cut the text at a NUL and XML cannot hold it: scoring it would judge a text no output shows.
            return new AnswerScore(Verdict.Error, answer, control, []);
        }

        if (NonAnswer.Reason(response) is { } nonAnswer)
        {
            // A cut-off completion or an error message in the answer's place is not an answer: scoring it would
            // pass or fail the system under test for text no patient should have been shown.
            return new AnswerScore(Verdict.Error, answer, nonAnswer, []);
        }

        AnswerAnalysis analysis;
        try
        {
            analysis = AnswerAnalysis.Of(answer);
        }
#pragma warning disable CA1031 // A text the analysis cannot read is this answer's error verdict; a run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new AnswerScore(Verdict.Error, answer, $"the answer could not be analysed: {ex.Message}", []);
        }

        var metrics = new List<MetricResult>();
        var judgeAsked = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var context = new ScenarioContext(scenario, analysis);
        var conversation = messages as IEnumerable<ChatMessage>;
        foreach (var evaluator in evaluators)
        {
            try
            {
                var evaluation = await evaluator.EvaluateAsync(conversation, response, null, [context], cancellationToken).ConfigureAwait(false);
                metrics.AddRange(evaluation.Metrics.Values.Select(ToResult));
                judgeAsked.UnionWith(evaluation.Metrics.Values.Where(Metrics.JudgeTried).Select(m => m.Name));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // An evaluator bug must not lose the other metrics or the run.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors.Add($"evaluator {evaluator.GetType().Name} failed: {ex.Message}");
            }
        }

        errors.AddRange(metrics.SelectMany(m => m.Diagnostics.Where(d => d.StartsWith("error:", StringComparison.Ordinal)).Select(d => $"{m.Id}: {d}")));
        if (metrics.Count == 0 && errors.Count == 0)
        {
            errors.Add("no metric was computed: configure at least one evaluator.");
        }

        if (judge is not null && errors.Count == 0 && !metrics.Any(m => m.Failed) && metrics.Any(m => m.Review is not null && !judgeAsked.Contains(m.Id)))
        {
            // Only a result that would be a review goes to the judge: a fail or an error is already decided.
            metrics = await ReviewJudge.DecideAsync(judge, scenario, answer, metrics, judgeAsked, cancellationToken).ConfigureAwait(false);
        }

        var verdict = errors.Count > 0 ? Verdict.Error
            : metrics.Any(m => m.Failed) ? Verdict.Fail
            : metrics.Any(m => m.Review is not null) ? Verdict.Review
            : Verdict.Pass;
        return new AnswerScore(verdict, answer, errors.Count > 0 ? ResultReasons.Join(errors) : null, metrics);
    }

    /// <summary>The conversation a generator is sent for <paramref name="scenario"/>: the suite's system prompt, then its turns.</summary>
    internal static List<ChatMessage> Messages(Scenario scenario, string? systemPrompt)
    {
        var messages = new List<ChatMessage>(scenario.Turns.Count + 1);
        if (!string.IsNullOrWhiteSpace(systemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, systemPrompt));
        }

        messages.AddRange(scenario.Turns.Select(t => new ChatMessage(t.Role == TurnRole.User ? ChatRole.User : ChatRole.Assistant, t.Text)));
        return messages;
    }

    private static MetricResult ToResult(EvaluationMetric metric)
    {
        object? value = metric switch
        {
            BooleanMetric b => b.Value,
            NumericMetric n => n.Value,
            StringMetric s => s.Value,
            _ => null,
        };
        var diagnostics = (metric.Diagnostics ?? [])
            .Select(d => d.Severity.ToString().ToLowerInvariant() + ": " + d.Message)
            .ToList();
        return new MetricResult(
            metric.Name,
            value,
            metric.Interpretation?.Failed ?? false,
            metric.Interpretation?.Reason ?? metric.Reason ?? "",
            MetricEvidence.Get(metric),
            diagnostics)
        {
            Statements = StatementVerdicts.Get(metric),
            Review = Metrics.ReviewReason(metric),
        };
    }
}
