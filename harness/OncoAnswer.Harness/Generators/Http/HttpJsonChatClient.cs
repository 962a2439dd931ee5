using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Scenarios;
using Scriban;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Generators.Http;

/// <summary>
/// A product's own JSON API as a generator: the request body is rendered from a Scriban template (every value
/// JSON-escaped, see <see cref="JsonTemplateContext"/>) with <c>messages</c> ([{role, content}]), <c>question</c>
/// (the last user message), <c>system</c>, <c>patient</c> {diagnosis, stage, treatment, notes} and <c>scenario_id</c>;
/// the answer is read from the response JSON at <see cref="JsonAnswerPath"/>, and how the completion ended from the
/// optional finish-reason path (a cut-off completion is then a non-answer, see <see cref="NonAnswer"/>). HTTP 408/429/5xx and dropped connections
/// are transient (retried by the resilience decorator, Retry-After honoured); other statuses and malformed JSON are errors.
/// </summary>
public sealed class HttpJsonChatClient : AnswerChatClient
{
    private const int BodyExcerpt = 300;
    private readonly HttpClient http;
    private readonly Uri url;
    private readonly HttpMethod method;
    private readonly IReadOnlyList<KeyValuePair<string, string>> headers;
    private readonly Template body;
    private readonly JsonAnswerPath answerPath;
    private readonly JsonAnswerPath? finishReasonPath;
    private readonly SecretMask secrets;

    /// <summary>
    /// Creates the generator; <paramref name="body"/> must be a parsed template without errors. The finish reason is
    /// read at <paramref name="finishReasonPath"/> when the response has it (default: the choice's
    /// <c>finish_reason</c> when the answer path points into OpenAI-shaped <c>choices</c>). <paramref name="secrets"/>
    /// are masked in a response body before it is cut to the excerpt an error quotes.
    /// </summary>
    public HttpJsonChatClient(HttpClient http, Uri url, HttpMethod method, IReadOnlyList<KeyValuePair<string, string>> headers, Template body, JsonAnswerPath answerPath, JsonAnswerPath? finishReasonPath = null, SecretMask? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(answerPath);
        this.http = http;
        this.url = url;
        this.method = method;
        this.headers = headers;
        this.body = body;
        this.answerPath = answerPath;
        this.finishReasonPath = finishReasonPath ?? answerPath.OpenAIFinishReason();
        this.secrets = secrets ?? new SecretMask();
    }

    /// <summary>Renders the request body for a conversation (exposed for tests and for checking a template).</summary>
    public string RenderBody(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToList();
        var globals = new ScriptObject
        {
            ["messages"] = list.Select(m => new ScriptObject { ["role"] = m.Role.Value, ["content"] = m.Text ?? "" }).ToList(),
            ["question"] = list.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "",
            ["system"] = list.FirstOrDefault(m => m.Role == ChatRole.System)?.Text ?? "",
            ["scenario_id"] = GeneratorRequest.ScenarioId(options) ?? "",
            ["patient"] = Patient(GeneratorRequest.Patient(options)),
        };
        var context = new JsonTemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        return body.Render(context);
    }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        string requestBody;
        try
        {
            requestBody = RenderBody(messages, options);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new GeneratorException($"the request body template failed: {ex.OriginalMessage}", ex);
        }

        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(requestBody, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {secrets.ApplyOrNull(response.ReasonPhrase)} from {url}: {Excerpt(text)}");
            var status = response.StatusCode;
            if (status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500)
            {
                throw new TransientGeneratorException(message) { RetryAfter = RetryAfter(response) };
            }

            throw new GeneratorException(message + " (not retried: fix the request or its settings).");
        }

        string? answer;
        string? problem;
        string? finishReason = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            answer = answerPath.Find(document.RootElement, out problem);
            finishReason = finishReasonPath?.Find(document.RootElement, out _);
        }
        catch (JsonException ex)
        {
            throw new GeneratorException($"the response from {url} is not valid JSON ({ex.Message}): {Excerpt(text)}", ex);
        }

        if (answer is null)
        {
            throw new GeneratorException($"{problem}; check 'answer_path'. Response: {Excerpt(text)}");
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "http", FinishReason = FinishReasons.Parse(finishReason) };
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            http.Dispose();
        }
    }

    private static ScriptObject Patient(PatientProfile? p) => new()
    {
        ["diagnosis"] = p?.Diagnosis,
        ["stage"] = p?.Stage,
        ["treatment"] = p?.Treatment,
        ["notes"] = p?.Notes,
        ["summary"] = p?.ToString() ?? "",
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    // Masked before the cut: a secret straddling the cut would otherwise leak in part.
    private string Excerpt(string text)
    {
        text = secrets.Apply(text);
        return text.Length <= BodyExcerpt ? text : text[..BodyExcerpt] + "…";
    }
}
