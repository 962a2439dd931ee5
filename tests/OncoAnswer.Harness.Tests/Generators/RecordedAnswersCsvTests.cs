using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Generators;

public sealed class RecordedAnswersCsvTests
{
    [Fact]
    public async Task Csv_QuotedMultilineAnswersAndVariantIds_AreReplayedByScenarioAndVariant()
    {
        using var dir = new TempDir();
        var file = dir.Write("answers.csv",
            "scenario_id,variant_id,answer\n" +
            "mbc-001,,\"Line one, with a comma.\nLine two says \"\"quoted\"\".\"\n" +
            "mbc-001,typo-1,Variant answer\n" +
            "mbc-001,mbc-001~typo-2,Second variant\n");

        using var replay = new ReplayChatClient(RecordedAnswers.Load(file));

        Assert.Equal("Line one, with a comma.\nLine two says \"quoted\".", (await replay.GetResponseAsync([], GeneratorRequest.For("mbc-001"))).Text);
        Assert.Equal("Variant answer", (await replay.GetResponseAsync([], GeneratorRequest.For("mbc-001~typo-1"))).Text);
        Assert.Equal("Second variant", (await replay.GetResponseAsync([], GeneratorRequest.For("mbc-001~typo-2"))).Text);
        await Assert.ThrowsAsync<GeneratorException>(() => replay.GetResponseAsync([], GeneratorRequest.For("mbc-001~typo-3")));
    }

    [Fact]
    public void Jsonl_VariantId_IsTheKey()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.jsonl", """{"scenarioId": "s-1", "variantId": "s-1~case-1", "answer": "A"}""");

        Assert.True(RecordedAnswers.Load(file).TryGet("s-1~case-1", out var answer));
        Assert.Equal("A", answer);
    }

    [Fact]
    public void Csv_MissingColumnsAndDuplicates_AreErrorsWithFileLine()
    {
        using var dir = new TempDir();
        var noHeader = dir.Write("a.csv", "id,text\nx,y\n");
        var duplicates = dir.Write("b/b.csv", "scenario_id,answer\ns-1,one\n,empty id\ns-1,two\n");

        var header = Assert.Throws<InputException>(() => RecordedAnswers.Load(noHeader));
        var dup = Assert.Throws<InputException>(() => RecordedAnswers.Load(duplicates));

        Assert.Equal($"{noHeader}:1:1: the CSV header must name the columns scenario_id and answer (found: id, text).", header.Errors.Single().ToString());
        Assert.Equal(
            [$"{duplicates}:3:1: scenario_id is empty; give the scenario id this answer belongs to.", $"{duplicates}:4:1: second answer for scenario 's-1' (first at {duplicates}:2:1); keep one."],
            dup.Errors.Select(e => e.ToString()));
    }
}
