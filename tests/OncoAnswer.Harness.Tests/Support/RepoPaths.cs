namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Locates files of the checkout the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The seed's answer body: from "For informational purposes only" up to "Source Guidelines".</summary>
    public static string SeedAnswer()
    {
        var lines = File.ReadAllLines(Of("seeds", "000_2d59ad5f8be50b1a.txt"));
        var end = Array.IndexOf(lines, "Source Guidelines");
        return string.Join("\n", lines[1..end]);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OncoAnswer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OncoAnswer.sln not found above " + AppContext.BaseDirectory);
    }
}
