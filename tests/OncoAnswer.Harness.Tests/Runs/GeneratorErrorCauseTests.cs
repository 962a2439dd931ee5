using System.Net.Http;
using System.Net.Sockets;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>
/// Issue 19 acceptance 2 (found by scripts/fault-run.sh): a connection reset ended as "failed after 3 attempt(s): HTTP 0:
/// An error occurred while sending the request." without its cause; the transport error inside is now named.
/// </summary>
public sealed class GeneratorErrorCauseTests
{
    [Fact]
    public async Task ConnectionReset_ErrorNamesTheSocketError()
    {
        using var client = new ScriptedChatClient((_, _) => throw new InvalidOperationException(
            "failed after 3 attempt(s): HTTP 0: An error occurred while sending the request.",
            new HttpRequestException("An error occurred while sending the request.", new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset)))));

        var run = await Support.Runs.RunAsync(Support.Runs.Suite("reset-001"), client);

        var result = Assert.Single(run.Results);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("HTTP 0", result.Error, StringComparison.Ordinal);
        Assert.Contains("Connection reset by peer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CauseAlreadyInTheMessage_IsNotRepeated()
    {
        using var client = new ScriptedChatClient((_, _) => throw new InvalidOperationException("the response ended prematurely", new IOException("the response ended prematurely")));

        var run = await Support.Runs.RunAsync(Support.Runs.Suite("ended-001"), client);

        Assert.Equal("generator 'scripted' failed: the response ended prematurely", Assert.Single(run.Results).Error);
    }
}
