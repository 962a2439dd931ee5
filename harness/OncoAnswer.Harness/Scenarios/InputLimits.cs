using System.Globalization;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Size limits on what the harness reads, so a runaway file, question or answer is a clear error instead of minutes of
/// work and gigabytes of memory. The command line sets them from <c>ONCOANSWER_MAX_INPUT_MB</c>,
/// <c>ONCOANSWER_MAX_QUESTION_CHARS</c> and <c>ONCOANSWER_MAX_ANSWER_CHARS</c> for the command it runs
/// (<see cref="Use"/>); library callers get <see cref="Default"/> unless they do the same.
/// </summary>
public sealed record InputLimits
{
    private static readonly AsyncLocal<InputLimits?> Scoped = new();

    /// <summary>The built-in limits.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>The limits in force for the current command (<see cref="Default"/> outside <see cref="Use"/>).</summary>
    public static InputLimits Current => Scoped.Value ?? Default;

    /// <summary>Largest input file read whole (suite YAML, scenario CSV, config, gate, score input), in bytes.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Longest turn of a scenario (a question), in characters.</summary>
    public int MaxQuestionChars { get; init; } = 20_000;

    /// <summary>Longest answer that is scored (generated, recorded or given to <c>score</c>), in characters.</summary>
    public int MaxAnswerChars { get; init; } = 200_000;

    /// <summary>Makes <paramref name="limits"/> current for this asynchronous flow until the result is disposed.</summary>
    public static IDisposable Use(InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var previous = Scoped.Value;
        Scoped.Value = limits;
        return new Restore(previous);
    }

    /// <summary>
    /// The limits <paramref name="environment"/> sets (unset variables keep the defaults); a value that is not a
    /// positive whole number is an input error naming the variable.
    /// </summary>
    public static InputLimits FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var limits = Default;
        if (Read(environment, "ONCOANSWER_MAX_INPUT_MB", 64 * 1024) is { } mb)
        {
            limits = limits with { MaxFileBytes = mb * 1024L * 1024 };
        }

        if (Read(environment, "ONCOANSWER_MAX_QUESTION_CHARS", 100_000_000) is { } question)
        {
            limits = limits with { MaxQuestionChars = question };
        }

        if (Read(environment, "ONCOANSWER_MAX_ANSWER_CHARS", 100_000_000) is { } answer)
        {
            limits = limits with { MaxAnswerChars = answer };
        }

        return limits;
    }

    /// <summary>"52.4 MB" style size for messages.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static int? Read(Func<string, string?> environment, string name, int max)
    {
        var text = environment(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : throw new InputException(new SourceLocation(name, 0, 0), string.Create(CultureInfo.InvariantCulture, $"must be a whole number from 1 to {max}, not '{text}'."));
    }

    private sealed class Restore(InputLimits? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
