using System.Text;
using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators.Decorators;

/// <summary>
/// Issue 19, item 2: a resolved secret is masked before an error body is cut to its excerpt (so a key straddling the
/// cut cannot leak in part), and its encoded forms (base64 of the key and of "Bearer key", URL-encoded, upper-case)
/// are masked too; a literal api_key in the config is masked in answers.
/// </summary>
public sealed class SecretMaskingTests : IDisposable
{
    // 43 characters, with characters that change under URL encoding and give '+' and '/' in base64.
    private const string Key = "sk-Te5t/Key+Straddle=9qZ~x?&Vw0-longer-key!";
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    public static TheoryData<string> Forms() =>
    [
        Key,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Key)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + Key)),
        Uri.EscapeDataString(Key),
        System.Net.WebUtility.UrlEncode(Key),
        Key.ToUpperInvariant(),
        Key.ToLowerInvariant(),
    ];

    [Fact]
    public async Task AKeyStraddlingTheErrorExcerptCut_IsMaskedWhole()
    {
        // 290 characters of padding: the 300-character excerpt ends 10 characters into the key.
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, new string('x', 290) + Key + " trailing text", 400));

        var result = (await RunHttpAsync(server)).Results.Single();

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.DoesNotContain(Key[..8], result.Error, StringComparison.Ordinal);
        Assert.Contains("***", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AnEncodedFormOfTheKeyInAnAnswer_IsMasked(string form)
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, JsonSerializer.Serialize(new { answer = "Echo: " + form + " end. " + Answers.Safe })));

        var result = (await RunHttpAsync(server)).Results.Single();

        Assert.DoesNotContain(form, result.Answer, StringComparison.Ordinal);
        Assert.Contains("Echo: ***", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AnEncodedFormOfTheKeyInAnErrorBody_IsMasked(string form)
    {
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, "{\"error\": \"bad key " + form + "\"}", 401));

        var result = (await RunHttpAsync(server)).Results.Single();

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.DoesNotContain(form, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALiteralApiKeyInTheConfig_IsMaskedInAnswers()
    {
        const string literal = "sk-literal-config-key-5521";
        await using var server = await LoopbackServer.StartAsync((c, _) => LoopbackServer.Json(c, LoopbackServer.ChatCompletion("Your key is " + literal + ". " + Answers.Safe)));
        var yaml = $"""
            generators:
              - name: test
                type: openai
                base_url: {server.BaseUrl}v1
                model: test-model
                api_key: {literal}
                retries: 0
                cache: false
            """;

        var run = await new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [Support.Generators.FromYaml(yaml, dir.Path)]);

        Assert.Equal("Bearer " + literal, server.Requests.Single().Headers["Authorization"]);
        Assert.DoesNotContain(literal, run.Results.Single().Answer, StringComparison.Ordinal);
        Assert.Contains("Your key is ***.", run.Results.Single().Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExecGeneratorsStderr_KeyStraddlingTheTailCut_IsMaskedWhole()
    {
        // The error quotes the last 400 characters of stderr: the key starts 10 characters before that cut.
        var script = dir.Write("leak.sh", "#!/bin/sh\ncat > /dev/null\nprintf '%s' \"$API_TOKEN\" >&2\nprintf '%390s' ' ' | tr ' ' 'y' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var yaml = """
            generators:
              - name: local
                type: exec
                command: ./leak.sh
                env: { API_TOKEN: "${API_TOKEN}" }
                retries: 0
                cache: false
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, new Dictionary<string, string> { ["API_TOKEN"] = Key });

        var result = (await new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [generator])).Results.Single();

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.DoesNotContain(Key[^10..], result.Error, StringComparison.Ordinal);
        Assert.Contains("exited with code 1", result.Error, StringComparison.Ordinal);
    }

    private Task<RunResult> RunHttpAsync(LoopbackServer server)
    {
        var yaml = $$$"""
            generators:
              - name: product
                type: http
                url: {{{server.BaseUrl}}}chat
                headers: { Authorization: "Bearer ${PRODUCT_KEY}" }
                body: '{"q": {{ question }} }'
                answer_path: answer
                retries: 0
                cache: false
            """;
        var generator = Support.Generators.FromYaml(yaml, dir.Path, new Dictionary<string, string> { ["PRODUCT_KEY"] = Key });
        return new Runner(DefaultEvaluators.Create()).RunAsync([Support.Runs.Suite("q-001")], [generator]);
    }
}
