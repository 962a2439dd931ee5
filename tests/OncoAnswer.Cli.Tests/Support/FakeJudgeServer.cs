using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OncoAnswer.Cli.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 (Kestrel, port 0) whose reply the test chooses per
/// request: a content string, or an HTTP status. Counts the requests and keeps their bodies.
/// </summary>
internal sealed class FakeJudgeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;

    private FakeJudgeServer(WebApplication app) => this.app = app;

    /// <summary>Chooses the reply to a request body: (status, content). Content is the assistant message text.</summary>
    public Func<string, (int Status, string Content)> Reply { get; set; } = _ => (200, """{"verdict": "not-mentioned"}""");

    public int Requests => Volatile.Read(ref requests);

    public List<JsonDocument> Bodies { get; } = [];

    public string Endpoint { get; private set; } = "";

    public static async Task<FakeJudgeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeJudgeServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            Interlocked.Increment(ref server.requests);
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (server.Bodies)
            {
                server.Bodies.Add(JsonDocument.Parse(body));
            }

            var (status, content) = server.Reply(body);
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            if (status != 200)
            {
                await http.Response.WriteAsync("""{"error": {"message": "internal error", "type": "server_error"}}""");
                return;
            }

            var reply = new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 0,
                model = "judge-test",
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
            };
            await http.Response.WriteAsync(JsonSerializer.Serialize(reply));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var body in Bodies)
        {
            body.Dispose();
        }
    }
}
