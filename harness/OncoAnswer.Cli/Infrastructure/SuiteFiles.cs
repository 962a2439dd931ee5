using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// Loads the suites named by <c>--suite</c> (default: the project's scenarios/suites, else the bundled library; the
/// reserved name <c>bundled</c> is the library shipped with the tool), reporting every file's errors together.
/// </summary>
internal static class SuiteFiles
{
    public static List<Suite> Load(IReadOnlyList<string> paths)
    {
        var suites = new List<Suite>();
        var errors = new List<InputError>();
        foreach (var path in paths.Count > 0 ? paths : [BundledContent.DefaultSuites()])
        {
            try
            {
                suites.AddRange(SuiteLoader.LoadPath(BundledContent.SuitePath(path)));
            }
            catch (InputException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : suites;
    }
}
