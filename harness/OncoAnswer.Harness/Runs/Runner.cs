using System.Globalization;
using System.Threading.Channels;
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
    private readonly AnswerScorer scorer;
    private readonly RunnerOptions options;

    /// <summary>Creates a runner with the evaluators every answer is scored by.</summary>
    public Runner(IReadOnlyList<IEvaluator> evaluators, RunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        this.options = options ?? new RunnerOptions();
        scorer = new AnswerScorer(evaluators, this.options.Judge);
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
            return ValueTask.CompletedTask;
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
        return ExecuteAsync(suites, generators, (_, result) =>
        {
            sink(result);
            return ValueTask.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="StreamAsync(IReadOnlyList{Suite}, IReadOnlyList{Generator}, Action{ScenarioResult}, CancellationToken)"/>,
    /// but the sink may make the scoring stage wait (e.g. while a bounded queue to a slower store is full), so results
    /// never pile up in memory faster than they are taken away.
    /// </summary>
    /// <param name="suites">The suites to run.</param>
    /// <param name="generators">The systems under test.</param>
    /// <param name="sink">Takes each finished result; the scoring worker waits for it to complete.</param>
    /// <param name="cancellationToken">Stops the run; results already given to the sink stay given.</param>
    public Task<(RunRecord Record, int Planned)> StreamAsync(
        IReadOnlyList<Suite> suites,
        IReadOnlyList<Generator> generators,
        Func<ScenarioResult, ValueTask> sink,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(generators);
        ArgumentNullException.ThrowIfNull(sink);
        return ExecuteAsync(suites, generators, (_, result) => sink(result), cancellationToken);
    }

    // The work in plan order (suite, scenario, generator); the sink gets each result with its index in that order.
    // Two stages: up to Concurrency generator calls in flight, and the scoring of answers that came back, also up to
    // Concurrency at a time (an LLM judge waits on the network too). A generator slot is free again as soon as its
    // answer arrives, so scoring never delays the next call; a bounded queue between the stages keeps memory flat.
    private async Task<(RunRecord Record, int Planned)> ExecuteAsync(
        IReadOnlyList<Suite> suites,
        IReadOnlyList<Generator> generators,
        Func<int, ScenarioResult, ValueTask> sink,
        CancellationToken cancellationToken)
    {
        var started = options.Clock.GetUtcNow();
        var planned = suites.Sum(s => s.Scenarios.Count) * generators.Count;
        var cancelled = false;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answered = Channel.CreateBounded<Answered>(new BoundedChannelOptions(options.Concurrency * 2) { SingleWriter = false, SingleReader = false });
        var scoring = ScoreAllAsync(answered.Reader, sink, stop, cancellationToken);
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = stop.Token };
            var work = Work(suites, generators).Select((item, index) => (item.Suite, item.Scenario, item.Generator, Index: index));
            await Parallel.ForEachAsync(work, parallel, async (item, ct) =>
            {
                var done = await GenerateAsync(item.Suite, item.Scenario, item.Generator, item.Index, ct).ConfigureAwait(false);
                await answered.Writer.WriteAsync(done, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The user cancelled, or scoring failed (then awaiting it below throws its error).
            cancelled = cancellationToken.IsCancellationRequested;
        }
        finally
        {
            answered.Writer.TryComplete();
        }

        await scoring.ConfigureAwait(false);
        var record = new RunRecord(
            NewRunId(started),
            started,
            options.Clock.GetUtcNow(),
            suites.Select(s => s.Name).ToList(),
            generators.Select(g => g.Name).ToList(),
            HarnessInfo.Version,
            cancelled || cancellationToken.IsCancellationRequested);
        return (record, planned);
    }

    /// <summary>
    /// Scores every answer the generator stage queues and gives each result to the sink. Answers that arrived before a
    /// cancellation are still scored (that is quick) unless an evaluator itself stops on it; a failing sink stops the
    /// generator stage and its error is rethrown.
    /// </summary>
    private async Task ScoreAllAsync(ChannelReader<Answered> reader, Func<int, ScenarioResult, ValueTask> sink, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency };
            await Parallel.ForEachAsync(reader.ReadAllAsync(CancellationToken.None), parallel, async (done, _) =>
            {
                ScenarioResult result;
                try
                {
                    result = done.Result ?? await ScoreAsync(done, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return; // an evaluator (the judge) stopped on the cancellation: this answer has no result
                }

                await sink(done.Index, result).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            while (reader.TryRead(out _))
            {
                // Unblock generator workers waiting to queue, so the run can end and report the error.
            }

            throw;
        }
    }

    private static IEnumerable<(Suite Suite, Scenario Scenario, Generator Generator)> Work(IReadOnlyList<Suite> suites, IReadOnlyList<Generator> generators) =>
        from suite in suites
        from scenario in suite.Scenarios
        from generator in generators
        select (suite, scenario, generator);

    /// <summary>Asks the generator; a failure becomes the scenario's error result right away.</summary>
    private async Task<Answered> GenerateAsync(Suite suite, Scenario scenario, Generator generator, int index, CancellationToken cancellationToken)
    {
        var messages = AnswerScorer.Messages(scenario, suite.SystemPrompt);

        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var response = await generator.Client.GetResponseAsync(messages, GeneratorRequest.For(scenario), cancellationToken).ConfigureAwait(false);
            return new Answered(suite, scenario, generator, index, messages, response, ElapsedMs(startedAt), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any generator failure becomes this scenario's error verdict; the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var failed = NewResult(suite, scenario, generator, Verdict.Error, null, $"generator '{generator.Name}' failed: {ex.Message}{TransportCause(ex)}", []) with { LatencyMs = ElapsedMs(startedAt) };
            return new Answered(suite, scenario, generator, index, messages, null, failed.LatencyMs ?? 0, failed);
        }
    }

    /// <summary>Scores one answer with the <see cref="AnswerScorer"/>; an evaluator failure is an error verdict with the other metrics kept.</summary>
    private async Task<ScenarioResult> ScoreAsync(Answered done, CancellationToken cancellationToken)
    {
        var response = done.Response!;
        var score = await scorer.ScoreAsync(done.Scenario, response, done.Messages, cancellationToken).ConfigureAwait(false);
        return WithUsage(NewResult(done.Suite, done.Scenario, done.Generator, score.Verdict, score.Answer, score.Error, score.Metrics), done, response);
    }

    private static ScenarioResult WithUsage(ScenarioResult result, Answered done, ChatResponse response) => result with
    {
        LatencyMs = done.LatencyMs,
        InputTokens = response.Usage?.InputTokenCount,
        OutputTokens = response.Usage?.OutputTokenCount,
        TotalTokens = response.Usage?.TotalTokenCount,
        Cached = response.AdditionalProperties?.ContainsKey(GeneratorRequest.CachedKey) == true,
    };

    // Answers and errors are kept with control characters shown as ⟨U+XXXX⟩, so the store and every output hold the same text.
    private static ScenarioResult NewResult(Suite suite, Scenario scenario, Generator generator, Verdict verdict, string? text, string? error, IReadOnlyList<MetricResult> metrics) =>
        new(scenario.Id, suite.Name, scenario.Category, scenario.Tags, scenario.Patient, scenario.Expect, generator.Name, verdict, scenario.Turns,
            text is null ? null : ControlCharacters.Visible(text), error is null ? null : ControlCharacters.Visible(error), metrics);

    /// <summary>An answer (or a generator failure, already a result) waiting to be scored.</summary>
    private sealed record Answered(Suite Suite, Scenario Scenario, Generator Generator, int Index, List<ChatMessage> Messages, ChatResponse? Response, long LatencyMs, ScenarioResult? Result);

    // A dropped connection surfaces as "An error occurred while sending the request" (HTTP 0); the socket or I/O error
    // inside says why (reset by peer, response ended prematurely), so the error names its cause.
    private static string TransportCause(Exception ex)
    {
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException or System.Net.Sockets.SocketException && !ex.Message.Contains(inner.Message, StringComparison.Ordinal))
            {
                return " (" + inner.Message.TrimEnd('.') + ")";
            }
        }

        return "";
    }

    private static long ElapsedMs(long startedAt) =>
        (long)System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;

    internal static string NewRunId(DateTimeOffset started) =>
        started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 3));
}
