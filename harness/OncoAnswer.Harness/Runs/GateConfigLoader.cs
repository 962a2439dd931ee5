using System.Globalization;
using OncoAnswer.Harness.Scenarios;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Loads a gate config (YAML). Every error of the file is reported together with file:line:column.
/// <code>
/// fail_on_failed_scenarios: true    # default true
/// fail_on_regression: true          # default true; needs --baseline
/// review: { max: 3 }              # review verdicts allowed: default none; or max_share: 5%
/// thresholds:
///   - metric: disclaimer
///     pass_rate: 100%               # or 1.0
///   - metric: faithfulness.coverage
///     category: guideline-question  # optional: only this category
///     min: 0.8                      # also max, mean_min, mean_max
/// </code>
/// </summary>
public static class GateConfigLoader
{
    private static readonly string[] ThresholdKeys = ["metric", "category", "pass_rate", "min", "max", "mean_min", "mean_max"];

    /// <summary>Loads the config file at <paramref name="path"/>.</summary>
    public static GateConfig LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path)
            ? Load(path, InputFiles.ReadText(path))
            : throw new InputException(new SourceLocation(path, 0, 0), "no such gate config file; check the --gate path.");
    }

    /// <summary>Parses config text; <paramref name="file"/> names it in errors.</summary>
    public static GateConfig Load(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);
        var errors = new List<InputError>();
        var root = YamlDocuments.LoadRoot(file, yaml, errors);
        if (root is null)
        {
            throw new InputException(errors);
        }

        var r = new YamlNodeReader(file);
        var f = r.Fields(root, "the gate config", "fail_on_failed_scenarios", "fail_on_regression", "review", "thresholds");
        var (reviewMax, reviewShare) = Review(r, f);
        var config = new GateConfig
        {
            Path = file,
            FailOnFailedScenarios = Bool(r, f, "fail_on_failed_scenarios") ?? true,
            FailOnRegression = Bool(r, f, "fail_on_regression") ?? true,
            Thresholds = Thresholds(r, f),
            ReviewMax = reviewMax,
            ReviewMaxShare = reviewShare,
        };
        return r.Errors.Count > 0
            ? throw new InputException(r.Errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList())
            : config;
    }

    private static List<MetricThreshold> Thresholds(YamlNodeReader r, Dictionary<string, YamlNode> f)
    {
        var list = new List<MetricThreshold>();
        if (!f.TryGetValue("thresholds", out var node))
        {
            return list;
        }

        if (node is not YamlSequenceNode items)
        {
            r.Error(node, "'thresholds' must be a list of '- metric: ...' entries.");
            return list;
        }

        foreach (var item in items.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Error(item, "each threshold must be a mapping such as '- metric: disclaimer' with 'pass_rate: 100%'.");
                continue;
            }

            var t = r.Fields(map, "a threshold", ThresholdKeys);
            var metric = r.RequiredString(t, map, "metric", "a threshold");
            var threshold = new MetricThreshold(metric ?? "", r.At(map))
            {
                Category = r.OptionalString(t, "category", "a threshold"),
                PassRate = Number(r, t, "pass_rate", allowPercent: true),
                Min = Number(r, t, "min", allowPercent: false),
                Max = Number(r, t, "max", allowPercent: false),
                MeanMin = Number(r, t, "mean_min", allowPercent: false),
                MeanMax = Number(r, t, "mean_max", allowPercent: false),
            };
            if (threshold.PassRate is < 0 or > 1)
            {
                r.Error(t["pass_rate"], "'pass_rate' must be between 0 and 1 (or 0% and 100%).");
            }

            if (metric is not null && t.TryGetValue("metric", out var metricNode))
            {
                CheckMetric(r, t, metricNode, metric);
            }

            if (!ThresholdKeys.Skip(2).Any(t.ContainsKey) && metric is not null)
            {
                r.Error(map, $"the threshold on '{metric}' sets no limit; add pass_rate, min, max, mean_min or mean_max.");
            }

            list.Add(threshold);
        }

        return list;
    }

    /// <summary>The metric must be one the evaluators report; limits on a share must lie between 0 and 1.</summary>
    private static void CheckMetric(YamlNodeReader r, Dictionary<string, YamlNode> t, YamlNode metricNode, string metric)
    {
        if (!GateMetrics.Known.Contains(metric, StringComparer.Ordinal))
        {
            var hint = Suggest.Closest(metric, GateMetrics.Known);
            r.Error(metricNode, $"unknown metric '{metric}'" + (hint is null ? "." : $"; did you mean '{hint}'?") + $" Metrics: {string.Join(", ", GateMetrics.Known)}.");
            return;
        }

        if (!GateMetrics.Shares.Contains(metric, StringComparer.Ordinal))
        {
            return;
        }

        foreach (var key in ThresholdKeys.Skip(3))
        {
            if (t.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } text } &&
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 1)
            {
                r.Error(node, $"'{key}' of '{metric}' must be between 0 and 1 (the metric is a share), not {text}.");
            }
        }
    }

    private static (int? Max, double? Share) Review(YamlNodeReader r, Dictionary<string, YamlNode> f)
    {
        if (!f.TryGetValue("review", out var node))
        {
            return (null, null);
        }

        if (node is not YamlMappingNode map)
        {
            r.Error(node, "'review' must be a mapping such as '{ max: 3 }' or '{ max_share: 5% }' (how many review verdicts the gate allows).");
            return (null, null);
        }

        var v = r.Fields(map, "the review policy", "max", "max_share");
        var max = Number(r, v, "max", allowPercent: false);
        var share = Number(r, v, "max_share", allowPercent: true);
        if (max is { } m && (m < 0 || m != Math.Floor(m) || m > int.MaxValue))
        {
            r.Error(v["max"], "'max' of 'review' must be a whole number of 0 or more.");
            max = null;
        }

        if (share is < 0 or > 1)
        {
            r.Error(v["max_share"], "'max_share' of 'review' must be between 0 and 1 (or 0% and 100%).");
            share = null;
        }

        if (v.Count == 0)
        {
            r.Error(map, "'review' sets no limit; add max or max_share.");
        }

        return (max is { } n ? (int)n : null, share);
    }

    private static bool? Bool(YamlNodeReader r, Dictionary<string, YamlNode> f, string key)
    {
        var text = r.OptionalString(f, key, "the gate config");
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        r.Error(f[key], $"'{key}' must be true or false, not '{text}'.");
        return null;
    }

    private static double? Number(YamlNodeReader r, Dictionary<string, YamlNode> f, string key, bool allowPercent)
    {
        var text = r.OptionalString(f, key, "a threshold");
        if (text is null)
        {
            return null;
        }

        var percent = allowPercent && text.EndsWith('%');
        var digits = percent ? text[..^1].Trim() : text;
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return percent ? value / 100 : value;
        }

        r.Error(f[key], $"'{key}' must be a number{(allowPercent ? " (0.95) or a percentage (95%)" : "")}, not '{text}'.");
        return null;
    }
}
