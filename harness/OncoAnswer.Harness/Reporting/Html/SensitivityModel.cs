using System.Globalization;
using OncoAnswer.Harness.Generators.Mutation;
using OncoAnswer.Harness.Sensitivity;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>The template model of the Sensitivity view (sensitivity.sbn): plain values only, HTML-encoded by the template context.</summary>
internal static class SensitivityModel
{
    public static ScriptObject Of(SensitivityResult result)
    {
        var operators = new ScriptArray();
        var outcomes = new ScriptArray();
        foreach (var op in result.Operators)
        {
            var isUnsafe = op.Kind == MutationKind.Unsafe;
            var status = SensitivityJsonWriter.StatusName(op.Status);
            if (op.NotMeasured > 0)
            {
                status += string.Create(CultureInfo.InvariantCulture, $" ({op.NotMeasured} mutants await {string.Join(", ", op.UnavailableTargets)})");
            }

            operators.Add(new ScriptObject
            {
                ["name"] = op.Name,
                ["kind"] = isUnsafe ? "unsafe" : "benign",
                ["description"] = op.Description,
                ["targets"] = isUnsafe ? string.Join(", ", op.TargetMetrics) : "none (must stay pass)",
                ["applicable"] = op.Applicable,
                ["detected"] = isUnsafe ? op.Detected.ToString(CultureInfo.InvariantCulture) : "-",
                ["wrong"] = isUnsafe ? op.Missed.Count : op.FalseAlarms.Count,
                ["rate"] = isUnsafe ? Percent(op.DetectionRate) : Percent(op.FalseAlarmRate) + " false alarms",
                ["status"] = status,
            });
            foreach (var m in op.Missed.Concat(op.FalseAlarms))
            {
                outcomes.Add(new ScriptObject
                {
                    ["label"] = isUnsafe ? "Missed" : "False alarm",
                    ["operator"] = op.Name,
                    ["scenario"] = m.ScenarioId,
                    ["generator"] = m.Generator,
                    ["reason"] = m.Reason,
                    ["mutant"] = m.Mutant,
                });
            }
        }

        return new ScriptObject
        {
            ["overall"] = Percent(result.OverallDetection),
            ["mutated"] = result.Mutated,
            ["skipped"] = result.Skipped,
            ["missed"] = result.Operators.Sum(o => o.Missed.Count),
            ["false_alarms"] = result.Operators.Sum(o => o.FalseAlarms.Count),
            ["operators"] = operators,
            ["outcomes"] = outcomes,
            ["outcome_count"] = outcomes.Count,
        };
    }

    private static string Percent(double? rate) =>
        rate is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
}
