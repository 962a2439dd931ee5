using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// Checks an <c>--out</c> against what the command writes, so <c>--out x.pdf</c> is refused (exit 64) instead of
/// silently becoming a folder or a JSON file with the wrong name.
/// </summary>
internal static class OutFlag
{
    /// <summary>
    /// Success when <paramref name="path"/> ends in one of <paramref name="extensions"/> (compared ignoring case), or,
    /// with none given (a folder output), when it has no extension.
    /// </summary>
    public static ValidationResult Check(string path, string writes, params string[] extensions)
    {
        var extension = Path.GetExtension(path);
        var fits = extensions.Length == 0 ? extension.Length == 0 : extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        return fits
            ? ValidationResult.Success()
            : ValidationResult.Error(extensions.Length == 0
                ? $"--out {path}: this command writes a folder ({writes}); give a path without an extension."
                : $"--out {path}: this command writes {writes}, not '{extension}'; give a path ending in {string.Join(" or ", extensions)}.");
    }
}
