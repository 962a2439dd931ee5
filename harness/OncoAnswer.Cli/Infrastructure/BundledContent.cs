using OncoAnswer.Harness.Text;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// Finds the scenario library, folder by folder: <c>scenarios/suites</c>, <c>answers</c>, <c>guidelines</c> and
/// <c>lexicons</c> in the working directory when it has them (a checkout, or a team's project made by
/// <c>oncoanswer init</c> with only its own suites and answers), else the copy shipped next to the executable.
/// </summary>
internal static class BundledContent
{
    public static string Folder(string name)
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "scenarios", name);
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "scenarios", name);
    }

    /// <summary>The reserved suite name for the library shipped with the tool: <c>--suite bundled</c>.</summary>
    public const string BundledSuiteName = "bundled";

    public static string DefaultSuites() => Folder("suites");

    /// <summary>The suites shipped next to the executable, whatever the working directory holds.</summary>
    public static string ShippedSuites() => Path.Combine(AppContext.BaseDirectory, "scenarios", "suites");

    /// <summary>A <c>--suite</c> value as a path: the reserved name <c>bundled</c> is the shipped library.</summary>
    public static string SuitePath(string value) => value == BundledSuiteName ? ShippedSuites() : value;

    /// <summary>The working directory's own <c>scenarios/suites</c> folder, or null when it has none.</summary>
    public static string? ProjectSuites()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "scenarios", "suites");
        return Directory.Exists(local) ? local : null;
    }

    public static string DefaultAnswers() => Folder("answers");

    public static string DefaultGuidelines() => Folder("guidelines");

    /// <summary>
    /// The phrase lexicons: <paramref name="folder"/> when given, else scenarios/lexicons when it exists (read at run
    /// time, so a safety officer's additions apply without a rebuild), else the copy embedded in the harness.
    /// </summary>
    public static PhraseLexicon Lexicon(string? folder = null)
    {
        if (folder is not null)
        {
            return PhraseLexicon.Load(folder);
        }

        var bundled = Folder("lexicons");
        return Directory.Exists(bundled) && Directory.EnumerateFiles(bundled, "*.lex").Any() ? PhraseLexicon.Load(bundled) : PhraseLexicon.Embedded;
    }
}
