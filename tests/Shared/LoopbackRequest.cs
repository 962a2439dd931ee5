namespace OncoAnswer.Tests.Shared;

/// <summary>One request a <see cref="LoopbackServer"/> received.</summary>
/// <param name="Call">1-based call number.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path, e.g. /v1/chat/completions.</param>
/// <param name="Headers">Request headers (names case-insensitive).</param>
/// <param name="Body">The body as text.</param>
/// <param name="At">When it arrived.</param>
internal sealed record LoopbackRequest(int Call, string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);
