using System.Text.Json;
using System.Xml.Linq;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Runs;

/// <summary>
/// Issue 19 item 6: an answer over 512 characters with a U+0000 in it was stored cut at the NUL but scored in full, so a
/// disclaimer after the NUL passed an answer whose stored text has none. Now what is stored is what was judged: an
/// answer with control characters is not scored (an error verdict naming the character and where it is), and the
/// stored answer shows each control character visibly, identically in the store and in every output.
/// </summary>
public sealed class ControlCharacterTests
{
    private static readonly string Padding = string.Concat(Enumerable.Repeat("Treatment depends on the stage and on your overall health. ", 12));

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0007')]
    [InlineData('\u001b')]
    public async Task ControlCharacterInALongAnswer_IsAnErrorAndStoredAsShownEverywhere(char control)
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        var answer = Padding + control + Answers.Safe;
        Assert.True(answer.Length > 512);
        using var client = new ScriptedChatClient((_, _) => Task.FromResult(answer));
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 });

        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite("nul-001")], [Support.Runs.Generator(client)]));

        var scored = Assert.Single(run.Results);
        var stored = Assert.Single(store.ReadResults(run.Run.Id));
        Assert.Equal(Verdict.Error, scored.Verdict);
        Assert.Equal(Verdict.Error, stored.Verdict);
        Assert.Equal(scored.Answer, stored.Answer);
        var shown = $"⟨U+{(int)control:X4}⟩";
        Assert.Contains(shown, stored.Answer, StringComparison.Ordinal);
        Assert.EndsWith(Answers.Safe, stored.Answer, StringComparison.Ordinal);
        Assert.Contains($"control character U+{(int)control:X4}", scored.Error, StringComparison.Ordinal);
        Assert.Contains($"at character {Padding.Length + 1} (1 in all)", scored.Error, StringComparison.Ordinal);

        var json = Path.Combine(dir.Path, "results.json");
        var junit = Path.Combine(dir.Path, "junit.xml");
        var csv = Path.Combine(dir.Path, "results.csv");
        RunOutputs.Write(run, Gate.Evaluate(run, GateConfig.Default, null), [json, junit, csv]);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(stored.Answer, doc.RootElement.GetProperty("results")[0].GetProperty("answer").GetString());
        Assert.Contains(shown, XDocument.Parse(await File.ReadAllTextAsync(junit)).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(control, await File.ReadAllTextAsync(csv));
    }

    [Fact]
    public async Task TabsAndLineBreaks_AreNotControlCharactersHere()
    {
        using var client = new ScriptedChatClient((_, _) => Task.FromResult(Padding + "\tIndented.\r\n" + Answers.Safe));

        var run = await Support.Runs.RunAsync(Support.Runs.Suite("tab-001"), client);

        Assert.Equal(Verdict.Pass, Assert.Single(run.Results).Verdict);
    }

    [Fact]
    public async Task GeneratorErrorWithANul_IsStoredWhole()
    {
        using var dir = new TempDir();
        using var store = SqliteRunStore.Open(Path.Combine(dir.Path, "runs.db"));
        using var client = new ScriptedChatClient((_, _) => throw new InvalidOperationException(Padding + "\u0000 then the real cause: HTTP 503"));
        var session = new RunSession(store, [new DisclaimerEvaluator()], new RunnerOptions { Concurrency = 1 });

        var run = await session.RunAsync(new RunPlan([Support.Runs.Suite("err-001")], [Support.Runs.Generator(client)]));

        var stored = Assert.Single(store.ReadResults(run.Run.Id));
        Assert.Equal(Assert.Single(run.Results).Error, stored.Error);
        Assert.EndsWith("⟨U+0000⟩ then the real cause: HTTP 503", stored.Error, StringComparison.Ordinal);
    }
}
