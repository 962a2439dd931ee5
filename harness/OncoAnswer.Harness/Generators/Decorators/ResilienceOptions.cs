namespace OncoAnswer.Harness.Generators.Decorators;

/// <summary>How a generator's calls are retried and timed out.</summary>
public sealed record ResilienceOptions
{
    /// <summary>Retries after the first attempt for transient failures (0 disables retrying).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Base delay of the exponential backoff (with jitter) when the server gives no Retry-After.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time one call may take before it is abandoned (and retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest Retry-After the client honours; longer requests are capped.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The setting a user changes to allow longer calls (e.g. <c>--judge-timeout</c>), named in a timeout error; null names none.</summary>
    public string? TimeoutSetting { get; init; }
}
