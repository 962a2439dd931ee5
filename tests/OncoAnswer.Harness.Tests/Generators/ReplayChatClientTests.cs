using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

public sealed class ReplayChatClientTests
{
    [Fact]
    public async Task GetResponse_RecordedScenario_ReturnsItsAnswer()
    {
        using var dir = new TempDir();
        var file = dir.Write("answers.jsonl", """
            # comment lines and blank lines are skipped

            {"scenarioId": "a", "answer": "Answer A"}
            {"scenarioId": "b", "answer": "Line one\nLine two"}
            """);
        using var client = new ReplayChatClient(RecordedAnswers.Load(file));

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], GeneratorRequest.For("b"));

        Assert.Equal("Line one\nLine two", response.Text);
    }

    [Fact]
    public async Task GetResponse_CrLfFileWithByteOrderMarkAndNonAscii_ReturnsEachAnswerExactly()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "answers.jsonl");
        await File.WriteAllTextAsync(file, "{\"scenarioId\": \"a\", \"answer\": \"Œstrogen — 5 mg\"}\r\n\r\n{\"scenarioId\": \"b\", \"answer\": \"Zweite Antwort über Übelkeit\"}", new System.Text.UTF8Encoding(true));
        var answers = RecordedAnswers.Load(file);

        Assert.True(answers.TryGet("a", out var a));
        Assert.True(answers.TryGet("b", out var b));
        Assert.Equal("Œstrogen — 5 mg", a);
        Assert.Equal("Zweite Antwort über Übelkeit", b);
    }

    [Fact]
    public async Task GetResponse_AnswersFileChangedAfterLoading_IsAnErrorNamingTheFile_NotAnotherAnswer()
    {
        using var dir = new TempDir();
        var file = dir.Write("answers.jsonl", """
            {"scenarioId": "a", "answer": "Answer A"}
            {"scenarioId": "b", "answer": "Answer B"}
            """);
        using var client = new ReplayChatClient(RecordedAnswers.Load(file));
        // Answers are read from the file when asked for; a file rewritten meanwhile must not hand out other text.
        await File.WriteAllTextAsync(file, """
            {"scenarioId": "b", "answer": "Unsafe answer now"}
            {"scenarioId": "a", "answer": "Answer A, edited"}
            """);

        var ex = await Assert.ThrowsAsync<GeneratorException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], GeneratorRequest.For("b")));

        Assert.Contains("changed after it was loaded", ex.Message, StringComparison.Ordinal);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponse_NoRecordedAnswer_ThrowsGeneratorExceptionNamingScenarioAndFile()
    {
        using var dir = new TempDir();
        var file = dir.Write("answers.jsonl", """{"scenarioId": "a", "answer": "Answer A"}""");
        using var client = new ReplayChatClient(RecordedAnswers.Load(file));

        var ex = await Assert.ThrowsAsync<GeneratorException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], GeneratorRequest.For("missing")));

        Assert.Contains("no recorded answer for scenario 'missing'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadLines_AreAllReportedWithFileAndLine()
    {
        using var dir = new TempDir();
        var file = dir.Write("bad.jsonl", string.Join("\n",
            """{"scenarioId": "a", "answer": "ok"}""",
            """{"scenarioId": "b", "answer": "unterminated}""",
            """["not", "an", "object"]""",
            """{"scenarioId": "c"}""",
            """{"scenarioId": "a", "answer": "again"}""",
            """{"scenarioId": "d", "answer": "x", "model": "gpt"}"""));

        var ex = Assert.Throws<InputException>(() => RecordedAnswers.Load(file));

        Assert.Equal(
            [
                $"{file}:2:45: not valid JSON: each line must be one object {{\"scenarioId\": \"...\", \"answer\": \"...\"}}.",
                $"{file}:3:1: each line must be a JSON object with \"scenarioId\" and \"answer\".",
                $"{file}:4:1: \"answer\" of scenario 'c' is missing or not a string.",
                $"{file}:5:1: second answer for scenario 'a' (first at {file}:1:1); keep one.",
                $"{file}:6:1: unknown field \"model\"; a line has only \"scenarioId\", \"answer\" and optional \"variantId\" and \"finishReason\".",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_LoneSurrogateEscape_KeepsTheAnswerForTheScorersToReport()
    {
        using var dir = new TempDir();
        var file = dir.Write("broken.jsonl", "{\"scenarioId\": \"a\", \"answer\": \"bad \\ud800 text\"}");

        var answers = RecordedAnswers.Load(file);

        Assert.True(answers.TryGet("a", out var answer));
        Assert.Equal("bad \ud800 text", answer);
    }

    [Fact]
    public void Load_Folder_MergesEveryJsonlFile()
    {
        using var dir = new TempDir();
        dir.Write("one.jsonl", """{"scenarioId": "a", "answer": "A"}""");
        dir.Write("two.jsonl", """{"scenarioId": "b", "answer": "B"}""");
        dir.Write("notes.txt", "ignored");

        var answers = RecordedAnswers.Load(dir.Path);

        Assert.Equal(2, answers.Count);
        Assert.True(answers.TryGet("b", out var b));
        Assert.Equal("B", b);
    }

    [Fact]
    public void Load_BundledAnswers_HoldTheSeedAnswerForTheSurgeryQuestion()
    {
        var answers = RecordedAnswers.Load(RepoPaths.Of("scenarios", "answers"));

        Assert.True(answers.TryGet("mbc-surgery-001", out var answer));
        Assert.Equal(RepoPaths.SeedAnswer(), answer);
    }
}
