using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>The LLM-judge flags shared by commands that score without a run config (<c>score</c>, <c>calibrate</c>).</summary>
internal abstract class JudgeSettings : CommandSettings
{
    [CommandOption("--judge-endpoint <URL>")]
    [Description("OpenAI-compatible endpoint of an LLM judge for statement verdicts and rubric criteria without a match. Off by default.")]
    public string? JudgeEndpoint { get; init; }

    [CommandOption("--judge-model <MODEL>")]
    [Description("Model id for the judge (required with --judge-endpoint).")]
    public string? JudgeModel { get; init; }

    [CommandOption("--judge-key-env <VAR>")]
    [Description("Environment variable holding the judge's API key.")]
    public string? JudgeKeyEnv { get; init; }

    [CommandOption("--judge-cache <DIR>")]
    [Description("Folder for cached judge replies (a re-run makes no call). Default: .oncoanswer/judge-cache.")]
    public string? JudgeCache { get; init; }

    [CommandOption("--judge-timeout <SECONDS>")]
    [Description("Time one judge call may take before it is abandoned (and retried). Default: 100.")]
    public double? JudgeTimeout { get; init; }

    public Harness.Evaluators.LlmJudge? Judge(Func<string, string?> variables) =>
        JudgeFlags.Create(JudgeEndpoint, JudgeModel, JudgeKeyEnv, JudgeCache, JudgeTimeout, noCache: false, variables, new Harness.Config.SecretMask());

    public override ValidationResult Validate() => JudgeFlags.Validate(JudgeEndpoint, JudgeModel, JudgeTimeout);
}
