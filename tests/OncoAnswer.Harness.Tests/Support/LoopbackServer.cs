using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a free port, answering every request with a delegate that is told the
/// 1-based call number. Counts calls and keeps the request bodies, so tests can assert what was sent and how often.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<string> bodies = [];
    private int calls;

    private LoopbackServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Calls => Volatile.Read(ref calls);

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (bodies)
            {
                return [.. bodies];
            }
        }
    }

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            var call = Interlocked.Increment(ref server.calls);
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (server.bodies)
            {
                server.bodies.Add(body);
            }

            await handler(context, call);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>An OpenAI chat-completions response body.</summary>
    public static string ChatCompletion(string content, int promptTokens = 12, int completionTokens = 34) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "test-model",
            ["choices"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["index"] = 0,
                    ["message"] = new Dictionary<string, string> { ["role"] = "assistant", ["content"] = content },
                    ["finish_reason"] = "stop",
                },
            },
            ["usage"] = new Dictionary<string, int>
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        });

    public static Task Json(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
