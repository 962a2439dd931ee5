using System.Text.RegularExpressions;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Config;

/// <summary>
/// <c>${VAR}</c> references to environment variables in config values. They are resolved only when a generator is
/// built for a run; the resolved values live in memory only and are collected so they can be masked anywhere they
/// might otherwise be written (error messages, answers echoed back).
/// </summary>
public static partial class SecretReference
{
    /// <summary>Why <paramref name="text"/> has a malformed reference (e.g. <c>${</c> not closed), or null when fine.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutGood = Reference().Replace(text, "");
        return withoutGood.Contains("${", StringComparison.Ordinal)
            ? "a '${' here does not form a reference; write ${NAME} with letters, digits and '_' (an environment variable name)."
            : null;
    }

    /// <summary>Whether <paramref name="text"/> contains at least one reference.</summary>
    public static bool HasReference(string text) => Reference().IsMatch(text ?? "");

    /// <summary>
    /// Replaces every reference in <paramref name="text"/> with its environment variable's value. An unset or empty
    /// variable adds an error at <paramref name="location"/> naming it; resolved values are added to <paramref name="secrets"/>.
    /// </summary>
    public static string Resolve(string text, SourceLocation location, Func<string, string?> environment, ICollection<InputError> errors, ICollection<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(secrets);
        return Reference().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            var value = environment(name);
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(new InputError(location, $"environment variable {name} is not set; set it (e.g. export {name}=...) before running, or remove the reference."));
                return "";
            }

            secrets.Add(value);
            return value;
        });
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();
}
