using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OncoAnswer.Benchmarks.Tools;

/// <summary>
/// A loopback answer service for the concurrency measurement: Kestrel on 127.0.0.1 (port chosen by the system) that
/// answers every POST with a realistic answer after a fixed delay. It writes its URL to a file and stops by itself
/// after <c>maxSeconds</c> or on SIGTERM (the script that starts it stops it by its process id when done).
/// </summary>
internal static class LoopbackServer
{
    public static async Task<int> RunAsync(int latencyMs, string urlFile, int maxSeconds)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        // Bodies serialised once: the service stands in for a product on another machine, so it should spend as little
        // of the shared cores as it can.
        var answers = Enumerable.Range(0, 16).Select(i => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["answer"] = RealisticAnswers.Of(200, i) })).ToArray();
        var served = 0;
        app.MapPost("/chat", async (HttpContext http) =>
        {
            var n = Interlocked.Increment(ref served);
            await Task.Delay(latencyMs, http.RequestAborted).ConfigureAwait(false);
            return Results.Bytes(answers[n % answers.Length], "application/json");
        });
        await app.StartAsync().ConfigureAwait(false);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await File.WriteAllTextAsync(urlFile, url + "/chat").ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loopback answer service at {url}/chat, latency {latencyMs} ms"));

        // SIGTERM (the script's kill) stops the host; wait for that or the time limit, whichever comes first.
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(maxSeconds), app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"served {served} requests"));
        return 0;
    }
}
