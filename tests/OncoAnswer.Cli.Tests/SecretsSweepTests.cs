using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// Issue 19, acceptance 3: a run whose generator and judge endpoints echo both keys back (in answers, error bodies,
/// response headers and status reason phrases; plain, base64 of the key and of "Bearer key", URL-encoded, upper- and
/// lower-case) writes none of those forms to any output file, the run store, a cache file or the console.
/// </summary>
public sealed partial class SecretsSweepTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-sweep-" + Guid.NewGuid().ToString("N")[..12]);

    public SecretsSweepTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task EchoedKeys_InEveryForm_AreWrittenNowhere()
    {
        // Both keys have characters that change under URL encoding and give '+' and '/' in base64.
        var generatorKey = "gen/K3y+" + Guid.NewGuid().ToString("N")[..16] + "=~x!";
        var judgeKey = "jdg/K3y+" + Guid.NewGuid().ToString("N")[..16] + "?&y!";
        Environment.SetEnvironmentVariable("OA_TEST_SWEEP_GENERATOR_KEY", generatorKey);
        Environment.SetEnvironmentVariable("OA_TEST_SWEEP_JUDGE_KEY", judgeKey);
        var forms = Forms(generatorKey).Concat(Forms(judgeKey)).ToList();
        var echo = string.Join(" | ", forms);

        // The generator: answers echoing the keys, a 500, a 400 and a 429 with the keys in body, headers and reason phrase.
        await using var generator = await LoopbackServer.StartAsync((c, _) =>
        {
            Echo(c, forms);
            var body = LoopbackServer.BodyOf(c);
            return body.Contains("error-500", StringComparison.Ordinal) ? Fail(c, 500, echo)
                : body.Contains("error-400", StringComparison.Ordinal) ? Fail(c, 400, echo)
                : body.Contains("error-429", StringComparison.Ordinal) ? Fail(c, 429, echo)
                : LoopbackServer.Json(c, LoopbackServer.ChatCompletion("This is general information, not medical advice. Metastatic breast cancer is treated mainly with systemic therapy. Please talk with your oncologist. Debug: " + echo + " " + c.Request.Headers.Authorization));
        });

        // The judge: malformed replies, 401s and 500s echoing the keys and the Authorization header it was sent.
        await using var judge = await LoopbackServer.StartAsync((c, call) =>
        {
            Echo(c, forms);
            var text = echo + " " + c.Request.Headers.Authorization;
            return (call % 3) switch
            {
                0 => LoopbackServer.Json(c, LoopbackServer.ChatCompletion("Sure: " + text)),
                1 => Fail(c, 401, text),
                _ => Fail(c, 500, text),
            };
        });

        var config = Path.Combine(dir, "oncoanswer.yaml");
        File.WriteAllText(config, $"cache_dir: {Path.Combine(dir, "cache")}\ngenerators:\n  - name: model\n    type: openai\n    base_url: {generator.OpenAIEndpoint}\n    model: m\n    api_key: ${{OA_TEST_SWEEP_GENERATOR_KEY}}\n    retries: 1\n    retry_delay_ms: 10\n");
        var suite = Path.Combine(dir, "suite.yaml");
        var scenarios = string.Concat(new[] { "answer-001", "answer-002", "error-500", "error-400", "error-429" }.Select(id =>
            $"  - id: {id}\n    turns:\n      - user: How is metastatic breast cancer treated ({id})?\n    expect:\n      must_have: [mbc.systemic-first]\n"));
        File.WriteAllText(suite, "suite: sweep\ncategory: guideline-question\nscenarios:\n" + scenarios);
        var outputs = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(
        [
            "run", "--config", config, "--suite", suite, "--store", Path.Combine(dir, "runs.db"),
            "--out", outputs, "--out", Path.Combine(outputs, "junit.xml"), "--out", Path.Combine(outputs, "results.csv"), "--out", Path.Combine(outputs, "summary.md"),
            "--judge-endpoint", judge.OpenAIEndpoint, "--judge-model", "judge-m", "--judge-key-env", "OA_TEST_SWEEP_JUDGE_KEY", "--judge-cache", Path.Combine(dir, "judge-cache"),
        ]);

        // The endpoints did see the keys (so the run had them to leak) and the run wrote its outputs.
        Assert.True(result.ExitCode == ExitCodes.RunErrors, result.Output + result.Errors);
        Assert.Contains(generator.Requests, r => r.Headers["Authorization"] == "Bearer " + generatorKey);
        Assert.Contains(judge.Requests, r => r.Headers["Authorization"] == "Bearer " + judgeKey);
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => f.EndsWith("runs.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith(Path.Combine(dir, "cache"), StringComparison.Ordinal));
        Assert.Equal(4, Directory.EnumerateFiles(outputs).Count(f => Path.GetExtension(f) is ".xml" or ".csv" or ".md" or ".html"));

        var leaks = new List<string>();
        foreach (var (name, text) in files.Select(f => (f, Readable(File.ReadAllBytes(f)))).Append(("console", result.Output + result.Errors)))
        {
            foreach (var form in forms)
            {
                var at = text.IndexOf(form, StringComparison.Ordinal);
                if (at >= 0)
                {
                    leaks.Add($"{name}: {form} in \"{text[Math.Max(0, at - 60)..Math.Min(text.Length, at + form.Length + 20)]}\"");
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));

        // Every path was taken: echoed answers, generator errors (4xx, 5xx, 429) and judge failures, all masked.
        var results = File.ReadAllText(Path.Combine(outputs, "results.json"));
        Assert.Contains("Debug: ***", results, StringComparison.Ordinal);
        Assert.Contains("HTTP 500 Rejected", results, StringComparison.Ordinal);
        Assert.Contains("HTTP 400 Rejected", results, StringComparison.Ordinal);
        Assert.Contains("HTTP 429 Rejected", results, StringComparison.Ordinal);
        Assert.Contains("LLM judge (judge-m) gave no valid verdict", results, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Forms(string key) =>
    [
        key,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(key)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + key)),
        Uri.EscapeDataString(key),
        WebUtility.UrlEncode(key),
        key.ToUpperInvariant(),
        key.ToLowerInvariant(),
    ];

    private static void Echo(HttpContext context, IEnumerable<string> forms)
    {
        var i = 0;
        foreach (var form in forms)
        {
            context.Response.Headers["X-Echo-" + i++] = form;
        }
    }

    private static Task Fail(HttpContext context, int status, string echo)
    {
        var ascii = string.Concat(echo.Where(ch => ch is >= ' ' and <= '~'));
        if (status == 429)
        {
            context.Response.Headers.RetryAfter = "0";
        }

        context.Response.StatusCode = status;
        context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Rejected " + ascii;
        return LoopbackServer.Json(context, LoopbackServer.ChatError("rejected: " + echo), status);
    }

    /// <summary>A file's bytes as text, with JSON \uXXXX escapes and HTML entities decoded so an escaped form is found too.</summary>
    private static string Readable(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var unescaped = JsonEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        return text + "\n" + unescaped + "\n" + WebUtility.HtmlDecode(unescaped);
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();
}
