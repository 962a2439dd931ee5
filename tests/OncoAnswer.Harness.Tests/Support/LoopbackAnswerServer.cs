using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 (port 0) answering GET /answer/{id} with a safe answer, counting calls per scenario.
/// While <see cref="HoldAfter"/> is set, requests beyond that many answered ones hang until the client goes away.
/// </summary>
internal sealed class LoopbackAnswerServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int answered;

    private LoopbackAnswerServer(WebApplication app) => this.app = app;

    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public int? HoldAfter { get; set; }

    public Uri Url { get; private set; } = null!;

    public static async Task<LoopbackAnswerServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackAnswerServer(app);
        app.MapGet("/answer/{id}", (Delegate)server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<string> AnswerAsync(string id, HttpContext context)
    {
        Calls.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (HoldAfter is { } limit && Interlocked.Increment(ref answered) > limit)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }

        return Answers.Safe;
    }
}
