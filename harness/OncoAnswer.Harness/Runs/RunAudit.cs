using System.Reflection;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// The audit part of a run record: who ran it, on which commit, the suite hash and scenario count, the generators'
/// configurations (secret-free by contract) and the evaluators with their versions. Stamped on every run, stored or
/// scored, so the report's Audit view is never empty.
/// </summary>
public static class RunAudit
{
    /// <summary><paramref name="record"/> with its audit fields filled from what was run.</summary>
    public static RunRecord Stamp(RunRecord record, IReadOnlyList<Suite> suites, IReadOnlyList<Generator> generators, IEnumerable<IEvaluator> evaluators, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(generators);
        ArgumentNullException.ThrowIfNull(evaluators);
        return record with
        {
            SuiteHash = SuiteHash.Of(suites),
            ScenarioCount = suites.Sum(s => s.Scenarios.Count),
            GeneratorConfigs = generators.Select(g => new GeneratorRecord(g.Name, g.Type, g.Settings)).ToList(),
            Evaluators = evaluators.Select(Describe).ToList(),
            GitCommit = GitInfo.Commit(workingDirectory ?? Directory.GetCurrentDirectory()),
            User = Environment.UserName,
        };
    }

    private static EvaluatorRecord Describe(IEvaluator evaluator)
    {
        var type = evaluator.GetType();
        var informational = type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational?.Split('+')[0] ?? type.Assembly.GetName().Version?.ToString() ?? "unknown";
        return new EvaluatorRecord(type.Name, version, evaluator.EvaluationMetricNames.ToList());
    }
}
