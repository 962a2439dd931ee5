using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>The LLM-judge flags, declared once for every command that scores (<c>run</c>, <c>score</c>, <c>calibrate</c>; <c>config show</c> shows them).</summary>
internal abstract class JudgeSettings : CliSettings
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

    /// <summary>The judge these flags describe, or null when no endpoint is given; its key joins <paramref name="secrets"/>.</summary>
    public Harness.Evaluators.LlmJudge? Judge(Func<string, string?> variables, Harness.Config.SecretMask? secrets = null, bool noCache = false) =>
        JudgeFlags.Create(JudgeEndpoint, JudgeModel, JudgeKeyEnv, JudgeCache, JudgeTimeout, noCache, variables, secrets ?? new Harness.Config.SecretMask());

    public override ValidationResult Validate() => JudgeFlags.Validate(JudgeEndpoint, JudgeModel, JudgeTimeout);
}
