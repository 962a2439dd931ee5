using System.Text;
using System.Text.Json;

namespace OncoAnswer.Cli.Tests;

/// <summary>
/// Issue 19 items 10 and 11: size limits on input files, questions and answers (set by ONCOANSWER_MAX_* variables,
/// small here so the tests stay quick), and invalid UTF-8 warned about at its file and line instead of replaced silently.
/// </summary>
public sealed class InputLimitsTests : IDisposable
{
    private const string Safe = "Yoga can ease anxiety for some people. This is general information, not medical advice; please talk with your care team.";
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-limits-" + Guid.NewGuid().ToString("N")[..12]);

    public InputLimitsTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Validate_FileOverTheInputLimit_Exits64NamingFileSizeAndSetting()
    {
        var suite = Write("big.yaml", "suite: big\ncategory: benign\nscenarios:\n  - id: b-1\n    turns: [{ user: \"" + new string('x', 2 * 1024 * 1024) + "\" }]\n");

        var result = await CliRunner.RunAsync(["validate", suite], Env(("ONCOANSWER_MAX_INPUT_MB", "1")));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var errors = Flat(result.Errors);
        Assert.Contains(suite, errors, StringComparison.Ordinal);
        Assert.Contains("the file is 2 MB, over the 1 MB limit for input files", errors, StringComparison.Ordinal);
        Assert.Contains("ONCOANSWER_MAX_INPUT_MB", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_QuestionOverTheLimit_IsAnErrorAtItsLine()
    {
        var suite = Write("long.yaml", "suite: long\ncategory: benign\nscenarios:\n  - id: l-1\n    turns:\n      - user: " + new string('y', 300) + "\n");

        var result = await CliRunner.RunAsync(["validate", suite], Env(("ONCOANSWER_MAX_QUESTION_CHARS", "200")));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var errors = Flat(result.Errors);
        Assert.Contains($"{suite}:6:", errors, StringComparison.Ordinal);
        Assert.Contains("300 characters, over the 200-character limit for questions", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_AnswerOverTheLimit_IsAnErrorVerdictNotAScore()
    {
        var input = Write("answers.jsonl",
            JsonSerializer.Serialize(new { id = "a-1", question = "Can yoga help with anxiety?", answer = Safe }) + "\n" +
            JsonSerializer.Serialize(new { id = "a-2", question = "Can yoga help with anxiety?", answer = Safe + " " + new string('z', 500) }) + "\n");
        var output = Path.Combine(dir, "results.json");

        var result = await CliRunner.RunAsync(["score", input, "--out", output], Env(("ONCOANSWER_MAX_ANSWER_CHARS", "400")));

        Assert.Equal(ExitCodes.RunErrors, result.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("scenarioId").GetString()!);
        Assert.Equal("pass", results["a-1"].GetProperty("verdict").GetString());
        Assert.Equal("error", results["a-2"].GetProperty("verdict").GetString());
        Assert.Contains("over the 400-character limit for answers", results["a-2"].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, results["a-2"].GetProperty("answer").GetString()!.Length);
    }

    [Fact]
    public async Task BadLimitValue_Exits64NamingTheVariable()
    {
        var result = await CliRunner.RunAsync(["validate"], Env(("ONCOANSWER_MAX_ANSWER_CHARS", "lots")));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Matches("ONCOANSWER_MAX_ANSWER_CHARS[:0]*: must be a whole number", Flat(result.Errors));
    }

    [Fact]
    public async Task InvalidUtf8_InSuiteCsvAndRecordedAnswers_IsWarnedAtFileAndLine()
    {
        var suite = WriteBytes("latin1.yaml", "suite: latin1\ncategory: benign\nscenarios:\n  - id: u-1\n    turns: [{ user: \"Is caf\u00e9 ok?\" }]\n    expect: { disclaimer: optional }\n");
        var csv = WriteBytes("rows.csv", "id,turns\nc-1,Is caf\u00e9 ok?\n");
        var answers = WriteBytes("answers.jsonl", "{\"scenario_id\": \"u-1\", \"answer\": \"Fine.\"}\n{\"scenario_id\": \"u-2\", \"answer\": \"Caf\u00e9 is fine.\"}\n");

        var validate = await CliRunner.RunAsync(["validate", suite, csv]);
        var run = await CliRunner.RunAsync(["run", "--suite", suite, "--answers", answers, "--out", Path.Combine(dir, "out"), "--store", Path.Combine(dir, "runs.db")]);

        var warnings = Flat(validate.Errors) + Flat(run.Errors);
        Assert.Contains($"warning: {suite}:5:", warnings, StringComparison.Ordinal);
        Assert.Contains($"warning: {csv}:2:", warnings, StringComparison.Ordinal);
        Assert.Contains($"warning: {answers}:2:", warnings, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8 here", warnings, StringComparison.Ordinal);
        Assert.DoesNotContain($"warning: {answers}:1:", warnings, StringComparison.Ordinal);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value ?? (name.StartsWith("ONCOANSWER_", StringComparison.Ordinal) ? null : Environment.GetEnvironmentVariable(name));

    // Errors wrap long lines; join them back so a path and its message can be matched whole.
    private static string Flat(string text) => text.Replace("\n    ", "", StringComparison.Ordinal);

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    // Latin-1 bytes: "é" becomes the single byte 0xE9, which is not UTF-8.
    private string WriteBytes(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(content));
        return path;
    }
}
