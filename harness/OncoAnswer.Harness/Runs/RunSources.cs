using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Finds a run named on the command line: a results JSON file (a path that exists or ends in <c>.json</c>), the word
/// <c>latest</c> (the newest finished run in the store, other than <c>exclude</c>), <c>latest:TAG</c> (the newest such
/// run tagged TAG), or a run id in the store.
/// </summary>
public static class RunSources
{
    /// <summary>Loads the run <paramref name="reference"/> names; an unknown one is an <see cref="InputException"/>.</summary>
    public static RunResult Load(string reference, IRunStore? store, string? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (File.Exists(reference) || reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ResultsJsonReader.Read(reference);
        }

        if (store is null)
        {
            throw new InputException(new SourceLocation(reference, 0, 0), "is neither a results JSON file nor usable as a run id (no run store); give a results.json path.");
        }

        // "latest:main": the newest such run tagged 'main' (--tag main), e.g. the previous main-branch run of a shared store.
        var latest = string.Equals(reference, "latest", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("latest:", StringComparison.OrdinalIgnoreCase);
        var tag = reference.Length > 7 && latest ? reference[7..] : null;
        StoredRun? run = latest
            ? store.ListRuns().FirstOrDefault(r => r.Finished && !r.Record.Cancelled && !string.Equals(r.Record.Id, exclude, StringComparison.Ordinal)
                && (tag is null || r.Record.Tags.Contains(tag, StringComparer.Ordinal)))
            : store.FindRun(reference);
        if (run is null)
        {
            var what = latest ? $"no finished run{(tag is null ? "" : $" tagged '{tag}'")} to use as '{reference}'" : $"no run '{reference}'";
            throw new InputException(new SourceLocation(store.Location, 0, 0), $"{what} in this store; list runs with 'oncoanswer runs list' or give a results.json path.");
        }

        return new RunResult(run.Record, run.Planned, store.ReadResults(run.Record.Id).ToList());
    }
}
