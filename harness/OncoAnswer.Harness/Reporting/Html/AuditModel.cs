using System.Globalization;
using OncoAnswer.Harness.Runs;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>The Audit view's data: the run record, generator configurations (secret-free by contract), evaluator versions, gate thresholds and findings.</summary>
internal static class AuditModel
{
    public static ScriptObject Build(RunRecord record, GateReport? gate, GateConfig? config)
    {
        var generators = new ScriptArray();
        foreach (var g in record.GeneratorConfigs)
        {
            generators.Add(new ScriptObject
            {
                ["name"] = g.Name,
                ["type"] = g.Type,
                ["settings"] = string.Join("; ", g.Settings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}")),
            });
        }

        var evaluators = new ScriptArray();
        foreach (var e in record.Evaluators)
        {
            evaluators.Add(new ScriptObject { ["id"] = e.Id, ["version"] = e.Version, ["metrics"] = string.Join(", ", e.Metrics) });
        }

        var thresholds = new ScriptArray();
        foreach (var t in config?.Thresholds ?? [])
        {
            thresholds.Add(new ScriptObject { ["scope"] = t.Scope, ["rule"] = Rule(t), ["location"] = t.Location.ToString() });
        }

        var findings = new ScriptArray();
        foreach (var f in gate?.Findings ?? [])
        {
            findings.Add(new ScriptObject { ["rule"] = f.Rule, ["message"] = f.Message });
        }

        return new ScriptObject
        {
            ["suite_hash"] = record.SuiteHash,
            ["scenario_count"] = record.ScenarioCount,
            ["git_commit"] = record.GitCommit ?? "unknown",
            ["user"] = record.User ?? "unknown",
            ["tags"] = string.Join(", ", record.Tags),
            ["repeat"] = record.Repeat,
            ["shard"] = record.Shard ?? "",
            ["generators"] = generators,
            ["evaluators"] = evaluators,
            ["gate_config"] = config?.Path ?? "default (any failed scenario fails; any error is a run error)",
            ["fail_on_failed"] = config?.FailOnFailedScenarios ?? true,
            ["fail_on_regression"] = config?.FailOnRegression ?? true,
            ["thresholds"] = thresholds,
            ["findings"] = findings,
        };
    }

    private static string Rule(MetricThreshold t)
    {
        var parts = new List<string>(5);
        Add(parts, "pass rate ≥ {0}", t.PassRate, percent: true);
        Add(parts, "every value ≥ {0}", t.Min);
        Add(parts, "every value ≤ {0}", t.Max);
        Add(parts, "mean ≥ {0}", t.MeanMin);
        Add(parts, "mean ≤ {0}", t.MeanMax);
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string format, double? value, bool percent = false)
    {
        if (value is { } v)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, format, percent ? (100 * v).ToString("0.#", CultureInfo.InvariantCulture) + " %" : v.ToString("0.###", CultureInfo.InvariantCulture)));
        }
    }
}
