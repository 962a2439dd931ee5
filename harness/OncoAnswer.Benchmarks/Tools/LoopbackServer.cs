using System.Globalization;

namespace OncoAnswer.Benchmarks.Tools;

/// <summary>
/// A loopback answer service for the concurrency measurement: the tests' shared loopback server (Kestrel on 127.0.0.1,
/// port chosen by the system) answering every request with a realistic answer after a fixed delay. It writes its URL
/// to a file and stops by itself after <c>maxSeconds</c> or on SIGTERM (the script that starts it stops it by its
/// process id when done).
/// </summary>
internal static class LoopbackServer
{
    public static async Task<int> RunAsync(int latencyMs, string urlFile, int maxSeconds)
    {
        // Bodies serialised once: the service stands in for a product on another machine, so it should spend as little
        // of the shared cores as it can (and keeps no request: 2,000+ of them would only cost memory).
        var answers = Enumerable.Range(0, 16).Select(i => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["answer"] = RealisticAnswers.Of(200, i) })).ToArray();
        await using var server = await Tests.Shared.LoopbackServer.StartAsync(
            async (http, call) =>
            {
                await Task.Delay(latencyMs, http.RequestAborted).ConfigureAwait(false);
                http.Response.ContentType = "application/json";
                await http.Response.Body.WriteAsync(answers[call % answers.Length], http.RequestAborted).ConfigureAwait(false);
            },
            record: false).ConfigureAwait(false);
        var url = server.BaseUrl + "chat";
        await File.WriteAllTextAsync(urlFile, url).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loopback answer service at {url}, latency {latencyMs} ms"));

        // SIGTERM (the script's kill) stops the host; wait for that or the time limit, whichever comes first.
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(maxSeconds), server.Stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"served {server.Calls} requests"));
        return 0;
    }
}
