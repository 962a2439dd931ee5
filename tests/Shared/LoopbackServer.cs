using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OncoAnswer.Tests.Shared;

/// <summary>
/// The one loopback HTTP server of the test projects: Kestrel on 127.0.0.1 with a port the system chooses, answering
/// every request with a delegate that is told the 1-based call number. It keeps every request (method, path, headers,
/// body, arrival time) so a test can assert what was sent, how often and how far apart; helpers write OpenAI-shaped
/// chat completions and JSON. Nothing leaves the machine.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<LoopbackRequest> requests = [];
    private int calls;

    private LoopbackServer(WebApplication app) => this.app = app;

    /// <summary>The server's root, ending in '/', e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>An OpenAI-compatible base URL on this server (<see cref="BaseUrl"/> + "v1").</summary>
    public string OpenAIEndpoint => BaseUrl + "v1";

    /// <summary>Requests received so far.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The request bodies received so far, in arrival order.</summary>
    public IReadOnlyList<string> Bodies => [.. Requests.Select(r => r.Body)];

    /// <summary>Signalled when the host is asked to stop (e.g. SIGTERM for a server run as its own process).</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    /// <summary>
    /// Starts a server answering with <paramref name="handler"/> (told the context and the call number); with
    /// <paramref name="record"/> false, requests are counted but not kept (a long measurement would pile them up).
    /// </summary>
    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, int, Task> handler, bool record = true)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            var call = Interlocked.Increment(ref server.calls);
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            if (record)
            {
                var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                lock (server.requests)
                {
                    server.requests.Add(new LoopbackRequest(call, context.Request.Method, context.Request.Path.Value ?? "", headers, body, DateTimeOffset.UtcNow));
                }
            }

            context.Items[typeof(LoopbackServer)] = body;
            await handler(context, call).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// Starts an OpenAI-compatible chat-completions endpoint whose reply <paramref name="reply"/> chooses from the request
    /// body: a status and the assistant's content (a non-200 status sends an OpenAI-shaped error body instead).
    /// </summary>
    public static Task<LoopbackServer> StartChatAsync(Func<string, (int Status, string Content)> reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return StartAsync((context, _) =>
        {
            var (status, content) = reply(BodyOf(context));
            return status == 200 ? Json(context, ChatCompletion(content)) : Json(context, ChatError("internal error"), status);
        });
    }

    /// <summary>The body of the request <paramref name="context"/> is for (already read by the server).</summary>
    public static string BodyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(typeof(LoopbackServer), out var body) ? (string)body! : "";
    }

    /// <summary>An OpenAI chat-completions response body.</summary>
    public static string ChatCompletion(string content, int promptTokens = 12, int completionTokens = 34, string finishReason = "stop", string model = "test-model") =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["index"] = 0,
                    ["message"] = new Dictionary<string, string> { ["role"] = "assistant", ["content"] = content },
                    ["finish_reason"] = finishReason,
                },
            },
            ["usage"] = new Dictionary<string, int>
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        });

    /// <summary>An OpenAI-shaped error body.</summary>
    public static string ChatError(string message, string type = "server_error") =>
        JsonSerializer.Serialize(new { error = new { message, type } });

    /// <summary>Writes <paramref name="json"/> with <paramref name="status"/>.</summary>
    public static Task Json(HttpContext context, string json, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
