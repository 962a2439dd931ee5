using System.Reflection;

namespace OncoAnswer.Harness;

/// <summary>Facts about this build of the harness, for audit records.</summary>
public static class HarnessInfo
{
    /// <summary>The harness version (informational version without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(HarnessInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
