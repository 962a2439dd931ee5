using OncoAnswer.Harness.Text;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// Finds the scenario library: <c>scenarios/</c> in the working directory when there is one (a checkout or a
/// team's own project), else the copy shipped next to the executable.
/// </summary>
internal static class BundledContent
{
    public static string ScenariosRoot()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "scenarios");
        return Directory.Exists(Path.Combine(local, "suites")) ? local : Path.Combine(AppContext.BaseDirectory, "scenarios");
    }

    public static string DefaultSuites() => Path.Combine(ScenariosRoot(), "suites");

    public static string DefaultAnswers() => Path.Combine(ScenariosRoot(), "answers");

    public static string DefaultGuidelines() => Path.Combine(ScenariosRoot(), "guidelines");

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

        var bundled = Path.Combine(ScenariosRoot(), "lexicons");
        return Directory.Exists(bundled) && Directory.EnumerateFiles(bundled, "*.lex").Any() ? PhraseLexicon.Load(bundled) : PhraseLexicon.Embedded;
    }
}
