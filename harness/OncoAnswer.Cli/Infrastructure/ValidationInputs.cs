using System.Text.RegularExpressions;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// What <c>oncoanswer validate</c> checks besides the library: gate files (a YAML file whose top level has
/// <c>thresholds</c>, <c>review</c> or a <c>fail_on_…</c> key) and run configs (oncoanswer.yaml, whose <c>gate</c>
/// names a gate file). Without paths, the project's oncoanswer.yaml in the working directory, when there is one.
/// </summary>
internal static partial class ValidationInputs
{
    /// <summary>Checks the gate files and run configs among <paramref name="paths"/>; returns the other paths (the library's).</summary>
    public static List<string> CheckGatesAndConfigs(IReadOnlyList<string> paths, List<InputError> errors)
    {
        var library = new List<string>();
        var candidates = paths.Count > 0 ? paths : File.Exists(RunConfigLoader.DefaultFileName) ? [RunConfigLoader.DefaultFileName] : [];
        foreach (var path in candidates)
        {
            if (Path.GetFileName(path) == RunConfigLoader.DefaultFileName && File.Exists(path))
            {
                Collect(errors, () => CheckConfig(path, errors));
            }
            else if (File.Exists(path) && IsGate(path))
            {
                Collect(errors, () => GateConfigLoader.LoadFile(path));
            }
            else
            {
                library.Add(path);
            }
        }

        return paths.Count > 0 ? library : [];
    }

    private static void CheckConfig(string path, List<InputError> errors)
    {
        var config = RunConfigLoader.Load(path);
        if (config.Defaults.TryGetValue(RunDefaultKeys.Gate, out var gate) && gate.Text is { } file)
        {
            var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file);
            Collect(errors, () => GateConfigLoader.LoadFile(full));
        }
    }

    private static void Collect(List<InputError> errors, Action check)
    {
        try
        {
            check();
        }
        catch (InputException ex)
        {
            errors.AddRange(ex.Errors);
        }
    }

    private static bool IsGate(string path) =>
        (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) &&
        new FileInfo(path).Length <= InputLimits.Current.MaxFileBytes && File.ReadLines(path).Any(line => GateKey().IsMatch(line));

    [GeneratedRegex(@"^(thresholds|review|fail_on_failed_scenarios|fail_on_regression)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex GateKey();
}
