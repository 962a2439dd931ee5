using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// The optional LLM judge over any <see cref="IChatClient"/>: asks for statement verdicts, rubric criteria and the
/// checks the deterministic scorers left to review at
/// temperature 0, parses the reply strictly (one JSON object with the one expected field), asks again a bounded number
/// of times on a malformed reply, and caches every accepted reply on disk keyed by endpoint, model and prompt, so a
/// re-run makes no call. A failed call is not asked again here: the client's resilience (see
/// <see cref="JudgeOptions"/>) has already retried what is worth retrying. When no valid reply comes, it throws
/// <see cref="JudgeException"/>: a judge failure is an error, never a pass.
/// </summary>
public sealed class LlmJudge
{
    private readonly IChatClient client;
    private readonly string cacheDirectory;
    private readonly int maxAttempts;
    private readonly string endpoint;
    private readonly bool useCache;
    private int calls;

    /// <summary>
    /// Creates a judge over <paramref name="client"/>; <paramref name="endpoint"/> (where the client sends) is part of
    /// the cache key; with <paramref name="useCache"/> false the cache is neither read nor written.
    /// </summary>
    public LlmJudge(IChatClient client, string model, string cacheDirectory, int maxAttempts = 3, string? endpoint = null, bool useCache = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        this.client = client;
        Model = model;
        this.cacheDirectory = cacheDirectory;
        this.maxAttempts = maxAttempts;
        this.endpoint = endpoint ?? "";
        this.useCache = useCache;
    }

    /// <summary>The model asked.</summary>
    public string Model { get; }

    /// <summary>Calls made to the model so far (cache hits are not calls).</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>Does <paramref name="answer"/> entail, contradict or not mention <paramref name="statement"/>?</summary>
    public Task<StatementVerdictKind> StatementAsync(string answer, string statement, CancellationToken cancellationToken = default) =>
        StatementAsync(answer, statement, null, null, cancellationToken);

    /// <summary>
    /// Does <paramref name="answer"/> to <paramref name="question"/> (for a patient described by <paramref name="patient"/>)
    /// entail, contradict or not mention <paramref name="statement"/>? Question and profile are context; all four are
    /// passed as delimited data the answer cannot break out of.
    /// </summary>
    public async Task<StatementVerdictKind> StatementAsync(string answer, string statement, string? question, string? patient, CancellationToken cancellationToken = default)
    {
        var reply = await AskAsync(JudgePrompts.Statement(answer, statement, question, patient), "verdict", cancellationToken).ConfigureAwait(false);
        return StatementVerdict.Parse(reply.GetString())!.Value;
    }

    /// <summary>Does <paramref name="answer"/> meet <paramref name="criterion"/>?</summary>
    public Task<bool> CriterionAsync(string question, string answer, string criterion, CancellationToken cancellationToken = default) =>
        CriterionAsync(question, answer, criterion, null, cancellationToken);

    /// <summary>Does <paramref name="answer"/> meet <paramref name="criterion"/>, for the patient <paramref name="patient"/> describes?</summary>
    public async Task<bool> CriterionAsync(string question, string answer, string criterion, string? patient, CancellationToken cancellationToken = default)
    {
        var reply = await AskAsync(JudgePrompts.Criterion(question, answer, criterion, patient), "met", cancellationToken).ConfigureAwait(false);
        return reply.GetBoolean();
    }

    /// <summary>
    /// Decides a check the deterministic scorers left to review: does <paramref name="answer"/> to
    /// <paramref name="question"/> pass <paramref name="check"/> (the scorers could not decide it because of
    /// <paramref name="why"/>)? True: it passes; false: it fails.
    /// </summary>
    public Task<bool> ReviewAsync(string question, string answer, string check, string why, CancellationToken cancellationToken = default) =>
        ReviewAsync(question, answer, check, why, null, cancellationToken);

    /// <summary>As <see cref="ReviewAsync(string, string, string, string, CancellationToken)"/>, with the patient profile as context.</summary>
    public async Task<bool> ReviewAsync(string question, string answer, string check, string why, string? patient, CancellationToken cancellationToken = default)
    {
        var reply = await AskAsync(JudgePrompts.Review(question, answer, check, why, patient), "pass", cancellationToken).ConfigureAwait(false);
        return reply.GetBoolean();
    }

    private async Task<JsonElement> AskAsync(string prompt, string field, CancellationToken cancellationToken)
    {
        var cacheFile = Path.Combine(cacheDirectory, Key(prompt) + ".json");
        if (useCache && File.Exists(cacheFile) && Parse(await File.ReadAllTextAsync(cacheFile, cancellationToken).ConfigureAwait(false), field) is { } cached)
        {
            return cached;
        }

        var options = new ChatOptions { Temperature = 0, ModelId = Model, ResponseFormat = ChatResponseFormat.Json };
        var messages = new List<ChatMessage> { new(ChatRole.System, JudgePrompts.System), new(ChatRole.User, prompt) };
        string? problem = null;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            string text;
            try
            {
                Interlocked.Increment(ref calls);
                var response = await client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
                text = response.Text ?? "";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Any call failure is retried, then reported as a judge error.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // Not asked again: the client's resilience retried what was worth retrying (a 401 never is).
                throw new JudgeException($"LLM judge ({Model}) gave no valid verdict; the call failed: {ex.Message}", ex);
            }

            if (Parse(text, field) is { } value)
            {
                if (useCache)
                {
                    Directory.CreateDirectory(cacheDirectory);
                    await File.WriteAllTextAsync(cacheFile, text.Trim(), cancellationToken).ConfigureAwait(false);
                }

                return value;
            }

            problem = $"the reply was not one JSON object with a valid \"{field}\": {Shorten(text)}";
        }

        throw new JudgeException($"LLM judge ({Model}) gave no valid verdict after {maxAttempts} attempt(s); last: {problem}");
    }

    /// <summary>Strict: exactly one JSON object whose only property is <paramref name="field"/> with an allowed value.</summary>
    internal static JsonElement? Parse(string text, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(text.Trim());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().Count() != 1 || !root.TryGetProperty(field, out var value))
            {
                return null;
            }

            var ok = field is "met" or "pass"
                ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
                : value.ValueKind == JsonValueKind.String && StatementVerdict.Parse(value.GetString()) is not null && value.GetString() is "entailed" or "contradicted" or "not-mentioned";
            return ok ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Key(string prompt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(endpoint + "\n" + Model + "\n" + JudgePrompts.System + "\n" + prompt)));

    private static string Shorten(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length > 120 ? t[..117] + "..." : t;
    }
}
