using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary><c>oncoanswer compare BASE CANDIDATE</c>: regressions, improvements, unchanged, new and removed, per scenario and metric; exit 1 on any regression.</summary>
internal sealed class CompareCommand(CliConsoles consoles, CliEnvironment environment) : Command<CompareSettings>
{
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = OpenStoreIfNeeded(settings.Store, environment, settings.Base, settings.Candidate);
        var baseline = RunSources.Load(settings.Base, store);
        var candidate = RunSources.Load(settings.Candidate, store, exclude: baseline.Run.Id);
        var comparison = RunComparer.Compare(baseline, candidate);
        var o = consoles.Out;
        o.WriteLine($"compare {comparison.BaselineId} -> {comparison.CandidateId}");
        o.WriteLine("scenarios: " + Counts(comparison.Scenarios));
        o.WriteLine("metrics:   " + Counts(comparison.Metrics));
        foreach (var kind in new[] { ChangeKind.Regression, ChangeKind.Improvement, ChangeKind.New, ChangeKind.Removed, ChangeKind.Unchanged })
        {
            if (kind == ChangeKind.Unchanged && !settings.All)
            {
                continue;
            }

            foreach (var change in comparison.Scenarios.Where(c => c.Kind == kind))
            {
                o.WriteLine($"  {Name(kind)}: {change.Describe()}");
            }
        }

        foreach (var change in comparison.Metrics.Where(c => c.Kind is ChangeKind.Regression or ChangeKind.Improvement || (settings.All && c.Kind != ChangeKind.Unchanged)))
        {
            o.WriteLine($"  metric {Name(change.Kind)}: {change.Describe()}");
        }

        o.WriteLine(comparison.HasRegressions ? "result: regressions found" : "result: no regressions");
        return comparison.HasRegressions ? ExitCodes.GateFailed : ExitCodes.Passed;
    }

    internal static IRunStore? OpenStoreIfNeeded(string? store, CliEnvironment environment, params string[] references) =>
        references.All(r => File.Exists(r) || r.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) ? null : StoreDefaults.Open(store, environment);

    private static string Counts(IReadOnlyList<Change> changes) =>
        string.Join(", ", Enum.GetValues<ChangeKind>().Select(k => $"{changes.Count(c => c.Kind == k)} {Name(k)}"));

    private static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.Regression => "regression",
        ChangeKind.Improvement => "improvement",
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.New => "new",
        _ => "removed",
    };
}
