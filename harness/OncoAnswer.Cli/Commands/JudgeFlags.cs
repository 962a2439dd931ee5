using OncoAnswer.Harness.Evaluators;
using Spectre.Console;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// The judge flags shared by run, score and calibrate (until the run config file carries them): an endpoint and a
/// model turn the LLM judge on; the API key is read from the environment variable named by --judge-key-env.
/// </summary>
internal static class JudgeFlags
{
    public static LlmJudge? Create(string? endpoint, string? model, string? keyEnv, string? cache) =>
        endpoint is null
            ? null
            : new JudgeOptions
            {
                Endpoint = new Uri(endpoint, UriKind.Absolute),
                Model = model!,
                ApiKeyVariable = keyEnv,
                CacheDirectory = cache ?? Path.Combine(".oncoanswer", "judge-cache"),
            }.CreateJudge();

    public static ValidationResult Validate(string? endpoint, string? model)
    {
        if (endpoint is null)
        {
            return model is null ? ValidationResult.Success() : ValidationResult.Error("--judge-model needs --judge-endpoint.");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return ValidationResult.Error("--judge-endpoint must be an http(s) URL, e.g. http://127.0.0.1:8080/v1.");
        }

        return string.IsNullOrWhiteSpace(model) ? ValidationResult.Error("--judge-endpoint needs --judge-model.") : ValidationResult.Success();
    }
}
