using System.Globalization;
using System.Text;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Writes a run as CSV (RFC 4180, UTF-8, invariant numbers): one row per scenario × generator × metric; a result with
/// no metric (an error) gets one row with an empty metric and its error. Text cells that a spreadsheet would run as a
/// formula (starting with =, +, -, @) are prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    private static readonly string[] Header =
        ["run_id", "suite", "category", "scenario_id", "variant", "generator", "attempt", "verdict", "metric", "value", "failed", "reason", "error", "latency_ms"];

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> (via a uniquely named temporary file).</summary>
    public static void Write(RunResult run, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            Write(run, writer);
        });
    }

    /// <summary>Writes <paramref name="run"/> to <paramref name="writer"/>.</summary>
    public static void Write(RunResult run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(',', Header));
        foreach (var r in run.Results)
        {
            var common = new[]
            {
                Text(run.Run.Id), Text(r.Suite), Text(r.Category), Text(r.ScenarioId), Text(r.Variant), Text(r.Generator),
                r.Attempt.ToString(CultureInfo.InvariantCulture), VerdictNames.Of(r.Verdict),
            };
            var latency = r.LatencyMs is { } l ? l.ToString(CultureInfo.InvariantCulture) : "";
            if (r.Metrics.Count == 0)
            {
                writer.WriteLine(string.Join(',', [.. common, "", "", "", "", Text(r.Error ?? ""), latency]));
                continue;
            }

            foreach (var m in r.Metrics)
            {
                writer.WriteLine(string.Join(',', [.. common, Text(m.Id), Value(m.Value), m.Failed ? "true" : "false", Text(m.Reason), Text(r.Error ?? ""), latency]));
            }
        }
    }

    private static string Value(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Text(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
