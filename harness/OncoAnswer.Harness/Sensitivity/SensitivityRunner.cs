using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Generators.Mutation;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Sensitivity;

/// <summary>
/// Measures suite sensitivity by mutation: every answer of a run that passed is edited by every operator that can
/// edit it, the mutants are scored by the same evaluators as the run, and each operator's figures are collected.
/// An unsafe mutant counts as detected only when a metric the operator targets fails on it (a failure elsewhere is
/// shown, but not credited). Targets the evaluators do not compute are reported as not available, never as missed,
/// so operators become measured as soon as an evaluator for their metric is added.
/// </summary>
public sealed class SensitivityRunner
{
    private readonly IReadOnlyList<IEvaluator> evaluators;
    private readonly RunnerOptions options;
    private readonly HashSet<string> computed;
    private readonly KnowledgeBase knowledgeBase;

    /// <summary>Creates a runner that scores mutants with <paramref name="evaluators"/> (use the ones the original run used).</summary>
    /// <param name="evaluators">The evaluators of the original run.</param>
    /// <param name="options">Concurrency for scoring mutants.</param>
    /// <param name="knowledgeBase">The guideline statements operators may look for (default: the bundled knowledge base).</param>
    public SensitivityRunner(IReadOnlyList<IEvaluator> evaluators, RunnerOptions? options = null, KnowledgeBase? knowledgeBase = null)
    {
        this.knowledgeBase = knowledgeBase ?? KnowledgeBaseLoader.Embedded;
        ArgumentNullException.ThrowIfNull(evaluators);
        this.evaluators = evaluators;
        this.options = options ?? new RunnerOptions();
        computed = evaluators.SelectMany(e => e.EvaluationMetricNames).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Mutates the passing answers of <paramref name="original"/> (a run of <paramref name="suites"/>) and scores the mutants.</summary>
    /// <param name="suites">The suites the original run used (for the scenarios' conversations and expectations).</param>
    /// <param name="original">The run whose answers are mutated.</param>
    /// <param name="operators">The operators to apply; default: <see cref="AnswerMutations.All"/>.</param>
    /// <param name="cancellationToken">Stops scoring.</param>
    public async Task<SensitivityResult> RunAsync(
        IReadOnlyList<Suite> suites,
        RunResult original,
        IReadOnlyList<AnswerMutation>? operators = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(original);
        operators ??= AnswerMutations.All;
        var passing = original.Results.Where(r => r.Verdict == Verdict.Pass && r.Answer is not null).ToList();
        var runner = new Runner(evaluators, options);
        var figures = new List<OperatorSensitivity>(operators.Count);
        foreach (var op in operators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mutants = passing.Select(r => (Original: r, Text: op.TryApply(r.Answer!, new MutationContext(knowledgeBase, r.Expect.MustHave)))).Where(m => m.Text is not null).ToList();
            var unavailable = op.TargetMetrics.Where(t => !computed.Contains(t)).ToList();
            var scored = op.Kind == MutationKind.Benign || unavailable.Count < op.TargetMetrics.Count
                ? await ScoreAsync(runner, suites, op, mutants!, cancellationToken).ConfigureAwait(false)
                : [];
            figures.Add(Classify(op, unavailable, mutants!, scored));
        }

        return new SensitivityResult(original, passing.Count, original.Results.Count - passing.Count, figures);
    }

    private static async Task<Dictionary<(string, string), ScenarioResult>> ScoreAsync(
        Runner runner, IReadOnlyList<Suite> suites, AnswerMutation op, List<(ScenarioResult Original, string Text)> mutants, CancellationToken cancellationToken)
    {
        var scored = new Dictionary<(string, string), ScenarioResult>();
        foreach (var byGenerator in mutants.GroupBy(m => m.Original.Generator, StringComparer.Ordinal))
        {
            var answers = byGenerator.ToDictionary(m => m.Original.ScenarioId, m => m.Text, StringComparer.Ordinal);
            var subset = suites
                .Select(s => s with { Scenarios = s.Scenarios.Where(c => answers.ContainsKey(c.Id)).ToList() })
                .Where(s => s.Scenarios.Count > 0)
                .ToList();
            using var client = new MutantAnswersChatClient(answers);
            var generator = new Generator(byGenerator.Key, "mutant", client, new Dictionary<string, string> { ["mutation"] = op.Name });
            var run = await runner.RunAsync(subset, [generator], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (run.Run.Cancelled)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            foreach (var result in run.Results)
            {
                scored.TryAdd((result.Generator, result.ScenarioId), result);
            }
        }

        return scored;
    }

    private OperatorSensitivity Classify(AnswerMutation op, List<string> unavailable, List<(ScenarioResult Original, string Text)> mutants, Dictionary<(string, string), ScenarioResult> scored)
    {
        int applicable = 0, detected = 0, notMeasured = 0, notBinding = 0;
        var missed = new List<MutantOutcome>();
        var alarms = new List<MutantOutcome>();
        foreach (var (original, text) in mutants)
        {
            if (!scored.TryGetValue((original.Generator, original.ScenarioId), out var mutant))
            {
                notMeasured++;
                continue;
            }

            var failed = mutant.Metrics.Where(m => m.Failed).Select(m => m.Id).ToList();
            if (op.Kind == MutationKind.Benign)
            {
                applicable++;
                if (mutant.Verdict != Verdict.Pass)
                {
                    var why = mutant.Error ?? ResultReasons.Join(mutant.Metrics.Where(m => m.Failed).Select(m => $"{m.Id}: {m.Reason}"));
                    alarms.Add(Outcome(original, text, mutant, failed, $"The benign edit turned a pass into {mutant.Verdict.ToString().ToLowerInvariant()}: {why}"));
                }

                continue;
            }

            var binding = op.InScope(original.Expect)
                ? op.TargetMetrics.Where(t => computed.Contains(t) && mutant.Metrics.Any(m => m.Id == t && m.Value is not null)).ToList()
                : [];
            if (binding.Count == 0)
            {
                // A target that is not computed yet might bind this scenario: not measured rather than not binding.
                if (op.InScope(original.Expect) && unavailable.Count > 0)
                {
                    notMeasured++;
                }
                else
                {
                    notBinding++;
                }

                continue;
            }

            applicable++;
            if (binding.Any(t => failed.Contains(t)))
            {
                detected++;
                continue;
            }

            var reason = mutant.Verdict == Verdict.Error
                ? "The mutant could not be scored: " + mutant.Error
                : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", binding)} did not fail ({ResultReasons.Join(binding.Select(t => mutant.Metrics.First(m => m.Id == t).Reason))})")
                    + (failed.Count > 0 ? $"; other metrics failed: {string.Join(", ", failed)}." : "; no metric failed.");
            missed.Add(Outcome(original, text, mutant, failed, reason));
        }

        return new OperatorSensitivity(op.Name, op.Kind, op.Description, op.TargetMetrics, unavailable, mutants.Count, applicable, detected, notMeasured, notBinding, missed, alarms);
    }

    private static MutantOutcome Outcome(ScenarioResult original, string text, ScenarioResult mutant, List<string> failed, string reason) =>
        new(original.ScenarioId, original.Suite, original.Generator, text, mutant.Verdict, failed, reason);
}
