using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Sends every scenario of the suites to every generator with bounded concurrency, scores each answer with the
/// evaluators and collects the results. A failing generator or evaluator gives an error verdict for that scenario
/// only; cancellation stops new work and returns what finished, with the run marked cancelled.
/// </summary>
public sealed class Runner
{
    private readonly IReadOnlyList<IEvaluator> evaluators;
    private readonly RunnerOptions options;

    /// <summary>Creates a runner with the evaluators every answer is scored by.</summary>
    public Runner(IReadOnlyList<IEvaluator> evaluators, RunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        this.evaluators = evaluators;
        this.options = options ?? new RunnerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.Concurrency, 1, nameof(options));
    }

    /// <summary>Runs <paramref name="suites"/> against <paramref name="generators"/> and keeps every result.</summary>
    /// <param name="suites">The suites to run.</param>
    /// <param name="generators">The systems under test.</param>
    /// <param name="progress">Told about each result as it finishes (from worker threads).</param>
    /// <param name="cancellationToken">Stops the run; finished results are kept.</param>
    public async Task<RunResult> RunAsync(
        IReadOnlyList<Suite> suites,
        IReadOnlyList<Generator> generators,
        Action<ScenarioResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(generators);
        var slots = new ScenarioResult?[suites.Sum(s => s.Scenarios.Count) * generators.Count];
        var (record, planned) = await ExecuteAsync(suites, generators, (index, result) =>
        {
            slots[index] = result;
            progress?.Invoke(result);
        }, cancellationToken).ConfigureAwait(false);
        return new RunResult(record, planned, slots.OfType<ScenarioResult>().ToList());
    }

    /// <summary>
    /// Runs <paramref name="suites"/> against <paramref name="generators"/> without keeping the results: each one goes
    /// to <paramref name="sink"/> as it finishes (from worker threads), so memory stays flat however large the run.
    /// Returns the run's record (cancelled when <paramref name="cancellationToken"/> stopped it) and the planned count.
    /// </summary>
    /// <param name="suites">The suites to run.</param>
    /// <param name="generators">The systems under test.</param>
    /// <param name="sink">Takes each finished result.</param>
    /// <param name="cancellationToken">Stops the run; results already given to the sink stay given.</param>
    public Task<(RunRecord Record, int Planned)> StreamAsync(
        IReadOnlyList<Suite> suites,
        IReadOnlyList<Generator> generators,
        Action<ScenarioResult> sink,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(generators);
        ArgumentNullException.ThrowIfNull(sink);
        return ExecuteAsync(suites, generators, (_, result) => sink(result), cancellationToken);
    }

    // The work in plan order (suite, scenario, generator); the sink gets each result with its index in that order.
    private async Task<(RunRecord Record, int Planned)> ExecuteAsync(
        IReadOnlyList<Suite> suites,
        IReadOnlyList<Generator> generators,
        Action<int, ScenarioResult> sink,
        CancellationToken cancellationToken)
    {
        var started = options.Clock.GetUtcNow();
        var planned = suites.Sum(s => s.Scenarios.Count) * generators.Count;
        var cancelled = false;
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
            var work = Work(suites, generators).Select((item, index) => (item.Suite, item.Scenario, item.Generator, Index: index));
            await Parallel.ForEachAsync(work, parallel, async (item, ct) =>
            {
                var result = await RunOneAsync(item.Suite, item.Scenario, item.Generator, ct).ConfigureAwait(false);
                sink(item.Index, result);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        var record = new RunRecord(
            NewRunId(started),
            started,
            options.Clock.GetUtcNow(),
            suites.Select(s => s.Name).ToList(),
            generators.Select(g => g.Name).ToList(),
            HarnessInfo.Version,
            cancelled);
        return (record, planned);
    }

    private static IEnumerable<(Suite Suite, Scenario Scenario, Generator Generator)> Work(IReadOnlyList<Suite> suites, IReadOnlyList<Generator> generators) =>
        from suite in suites
        from scenario in suite.Scenarios
        from generator in generators
        select (suite, scenario, generator);

    private async Task<ScenarioResult> RunOneAsync(Suite suite, Scenario scenario, Generator generator, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>(scenario.Turns.Count + 1);
        if (!string.IsNullOrWhiteSpace(suite.SystemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, suite.SystemPrompt));
        }

        messages.AddRange(scenario.Turns.Select(t => new ChatMessage(t.Role == TurnRole.User ? ChatRole.User : ChatRole.Assistant, t.Text)));

        ChatResponse response;
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            response = await generator.Client.GetResponseAsync(messages, GeneratorRequest.For(scenario), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any generator failure becomes this scenario's error verdict; the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Result(Verdict.Error, null, $"generator '{generator.Name}' failed: {ex.Message}", []) with { LatencyMs = ElapsedMs(startedAt) };
        }

        var latencyMs = ElapsedMs(startedAt);

        var answer = response.Text ?? "";
        var context = new ScenarioContext(scenario, AnswerAnalysis.Of(answer));
        var metrics = new List<MetricResult>();
        var errors = new List<string>();
        foreach (var evaluator in evaluators)
        {
            try
            {
                var evaluation = await evaluator.EvaluateAsync(messages, response, null, [context], cancellationToken).ConfigureAwait(false);
                metrics.AddRange(evaluation.Metrics.Values.Select(ToResult));
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

        var verdict = errors.Count > 0 ? Verdict.Error : metrics.Any(m => m.Failed) ? Verdict.Fail : Verdict.Pass;
        return Result(verdict, answer, errors.Count > 0 ? string.Join("; ", errors) : null, metrics) with
        {
            LatencyMs = latencyMs,
            InputTokens = response.Usage?.InputTokenCount,
            OutputTokens = response.Usage?.OutputTokenCount,
            TotalTokens = response.Usage?.TotalTokenCount,
            Cached = response.AdditionalProperties?.ContainsKey(GeneratorRequest.CachedKey) == true,
        };

        ScenarioResult Result(Verdict v, string? text, string? error, IReadOnlyList<MetricResult> m) =>
            new(scenario.Id, suite.Name, scenario.Category, scenario.Tags, scenario.Patient, scenario.Expect, generator.Name, v, scenario.Turns, text, error, m);
    }

    private static long ElapsedMs(long startedAt) =>
        (long)System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;

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
        };
    }

    internal static string NewRunId(DateTimeOffset started) =>
        started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 3));
}
