using System.ClientModel;
using System.Globalization;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace OncoAnswer.Harness.Generators.Decorators;

/// <summary>
/// Retries transient generator failures (HTTP 408/429/5xx, dropped connections, timeouts) with exponential backoff
/// and jitter, honouring Retry-After; abandons a call after the per-call timeout; and opens a circuit after many
/// failures so a dead endpoint fails fast. Built on Polly. A failure that survives the retries is rethrown as a
/// <see cref="GeneratorException"/> saying how many attempts were made and why the last failed; while the circuit is
/// open, each refused call's error still names the last real failure (status and body excerpt).
/// </summary>
public sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResilienceOptions options;
    private readonly ResiliencePipeline pipeline;
    private string? lastFailure;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public ResilientChatClient(IChatClient inner, ResilienceOptions options)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        var transient = new PredicateBuilder().Handle<Exception>(IsTransient);
        var builder = new ResiliencePipelineBuilder();
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception)),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = 0.8,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
        });
        builder.AddTimeout(options.Timeout);
        pipeline = builder.Build();
    }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var attempts = 0;
        try
        {
            return await pipeline.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    try
                    {
                        return await base.GetResponseAsync(list, options, ct).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
                    {
                        Volatile.Write(ref lastFailure, Describe(ex));
                        throw;
                    }
                    catch (OperationCanceledException) when (ct.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    {
                        // The per-call timeout cancelled this attempt.
                        Volatile.Write(ref lastFailure, Describe(new TimeoutRejectedException()));
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex) when (!cancellationToken.IsCancellationRequested && attempts == 0)
        {
            throw new GeneratorException(Describe(ex), ex);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (IsTransient(ex) || ex is BrokenCircuitException))
        {
            throw new GeneratorException(
                string.Create(CultureInfo.InvariantCulture, $"failed after {attempts} attempt(s): {Describe(ex)}"), ex);
        }
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <summary>Whether <paramref name="ex"/> is worth retrying.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        TransientGeneratorException or HttpRequestException or TimeoutRejectedException or IOException => true,
        ClientResultException c => c.Status is 0 or 408 or 429 or >= 500,
        _ => false,
    };

    private TimeSpan? RetryAfter(Exception? ex)
    {
        TimeSpan? wait = ex switch
        {
            TransientGeneratorException t => t.RetryAfter,
            ClientResultException c when c.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) == true &&
                int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
            _ => null,
        };
        return wait is { } w && w > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }

    private string Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException => string.Create(CultureInfo.InvariantCulture, $"no answer within the per-call timeout of {options.Timeout.TotalSeconds:0.###} s") +
            (options.TimeoutSetting is { } setting ? $" (raise {setting})" : ""),
        BrokenCircuitException => "not called: too many recent failures, so calls are paused (circuit open); last failure: " +
            (Volatile.Read(ref lastFailure) ?? "unknown") + "; check the endpoint",
        ClientResultException c when c.Message.StartsWith("HTTP " + c.Status.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) => c.Message,
        ClientResultException c => string.Create(CultureInfo.InvariantCulture, $"HTTP {c.Status}: {c.Message}"),
        _ => ex.Message,
    };
}
