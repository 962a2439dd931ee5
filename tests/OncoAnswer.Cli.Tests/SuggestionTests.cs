namespace OncoAnswer.Cli.Tests;

/// <summary>A mistyped command or flag gets a "did you mean" with the closest real one, and exit 64.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData(new[] { "rnu" }, "did you mean 'oncoanswer run'?")]
    [InlineData(new[] { "valdate" }, "did you mean 'oncoanswer validate'?")]
    [InlineData(new[] { "runs", "lst" }, "did you mean 'oncoanswer runs list'?")]
    [InlineData(new[] { "config", "shw" }, "did you mean 'oncoanswer config show'?")]
    [InlineData(new[] { "run", "--suit", "x" }, "did you mean '--suite'?")]
    [InlineData(new[] { "run", "--concurency", "4" }, "did you mean '--concurrency'?")]
    [InlineData(new[] { "score", "a.jsonl", "--lexicon", "x" }, "did you mean '--lexicons'?")]
    [InlineData(new[] { "runs", "prune", "--kep", "3" }, "did you mean '--keep'?")]
    public async Task Mistyped_SuggestsTheClosest(string[] args, string hint)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(hint, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryCommand_HelpShowsExamples()
    {
        var top = await CliRunner.RunAsync(["--help"]);
        var commands = HelpText.Commands(top.Output);
        Assert.Contains("run", commands);
        Assert.Contains("init", commands);

        foreach (var command in commands)
        {
            var help = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
            var subcommands = HelpText.Commands(help.Output);
            if (subcommands.Count > 0)
            {
                foreach (var sub in subcommands)
                {
                    var subHelp = await CliRunner.RunAsync([.. command.Split(' '), sub, "--help"]);
                    Assert.True(subHelp.Output.Contains("EXAMPLES:", StringComparison.Ordinal), $"'oncoanswer {command} {sub} --help' shows no examples; add .WithExample(...) in OncoAnswerApp.");
                }
            }
            else
            {
                Assert.True(help.Output.Contains("EXAMPLES:", StringComparison.Ordinal), $"'oncoanswer {command} --help' shows no examples; add .WithExample(...) in OncoAnswerApp.");
            }
        }
    }
}
