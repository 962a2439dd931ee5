using System.Globalization;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Evaluators;
using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// The judge flags shared by run, score and calibrate (until the run config file carries them): an endpoint and a
/// model turn the LLM judge on; the API key is read from the environment variable named by --judge-key-env (named but
/// unset is a usage error); --judge-timeout bounds each call; the judge's key joins the run's secrets, masked everywhere.
/// </summary>
internal static class JudgeFlags
{
    public const double DefaultTimeoutSeconds = 100;

    public const double MaxTimeoutSeconds = 3600;

    public static LlmJudge? Create(string? endpoint, string? model, string? keyEnv, string? cache, double? timeoutSeconds, bool noCache, Func<string, string?> variables, SecretMask secrets) =>
        endpoint is null
            ? null
            : new JudgeOptions
            {
                Endpoint = new Uri(endpoint, UriKind.Absolute),
                Model = model!,
                ApiKeyVariable = keyEnv,
                CacheDirectory = cache ?? Path.Combine(".oncoanswer", "judge-cache"),
                UseCache = !noCache,
                Timeout = TimeSpan.FromSeconds(timeoutSeconds ?? DefaultTimeoutSeconds),
                Variables = variables,
                Secrets = secrets,
            }.CreateJudge();

    public static ValidationResult Validate(string? endpoint, string? model, double? timeoutSeconds = null)
    {
        if (timeoutSeconds is { } t && (double.IsNaN(t) || t <= 0 || t > MaxTimeoutSeconds))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--judge-timeout must be a number of seconds above 0 and at most {MaxTimeoutSeconds}."));
        }

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
