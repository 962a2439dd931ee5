namespace OncoAnswer.Report.Tests;

/// <summary>
/// A fact that runs only when an environment variable is "1": scripted measurements and screenshot generation,
/// which are slow or write into the repository, are run by their scripts, not by every test run.
/// </summary>
public sealed class OptInFactAttribute : FactAttribute
{
    public OptInFactAttribute(string variable, string script)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1")
        {
            Skip = $"opt-in: run {script} (sets {variable}=1)";
        }
    }
}
