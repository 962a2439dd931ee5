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
}
