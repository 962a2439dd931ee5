using System.Text.Encodings.Web;
using System.Text.Json;
using OncoAnswer.Harness.Sensitivity;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Writes a mutation run as JSON (<c>sensitivity.json</c>): the original run's id, then per operator its figures and
/// every missed mutant or false alarm with its text. Property order is fixed and numbers invariant.
/// </summary>
public static class SensitivityJsonWriter
{
    /// <summary>The schema version written in <c>schemaVersion</c>; bump on breaking changes.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/> via a temporary file.</summary>
    public static void Write(SensitivityResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(result, stream));
    }

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/>.</summary>
    public static void Write(SensitivityResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("runId", result.Original.Run.Id);
        Strings(w, "suites", result.Original.Run.Suites);
        Strings(w, "generators", result.Original.Run.Generators);
        w.WriteNumber("mutatedAnswers", result.Mutated);
        w.WriteNumber("skippedAnswers", result.Skipped);
        Rate(w, "overallDetection", result.OverallDetection);
        w.WriteStartArray("operators");
        foreach (var op in result.Operators)
        {
            w.WriteStartObject();
            w.WriteString("name", op.Name);
            w.WriteString("kind", op.Kind.ToString().ToLowerInvariant());
            w.WriteString("description", op.Description);
            w.WriteString("status", StatusName(op.Status));
            Strings(w, "targetMetrics", op.TargetMetrics);
            Strings(w, "unavailableTargets", op.UnavailableTargets);
            w.WriteNumber("mutants", op.Mutants);
            w.WriteNumber("applicable", op.Applicable);
            w.WriteNumber("detected", op.Detected);
            w.WriteNumber("notMeasured", op.NotMeasured);
            w.WriteNumber("notBinding", op.NotBinding);
            Rate(w, "detectionRate", op.DetectionRate);
            Rate(w, "falseAlarmRate", op.FalseAlarmRate);
            Outcomes(w, "missed", op.Missed);
            Outcomes(w, "falseAlarms", op.FalseAlarms);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The status as written in JSON and shown in reports.</summary>
    public static string StatusName(SensitivityStatus status) => status switch
    {
        SensitivityStatus.Measured => "measured",
        SensitivityStatus.TargetMetricNotAvailable => "target metric not available",
        _ => "not applicable",
    };

    private static void Outcomes(Utf8JsonWriter w, string name, IReadOnlyList<MutantOutcome> outcomes)
    {
        w.WriteStartArray(name);
        foreach (var o in outcomes)
        {
            w.WriteStartObject();
            w.WriteString("scenarioId", o.ScenarioId);
            w.WriteString("suite", o.Suite);
            w.WriteString("generator", o.Generator);
            w.WriteString("verdict", VerdictNames.Of(o.Verdict));
            Strings(w, "failedMetrics", o.FailedMetrics);
            w.WriteString("reason", o.Reason);
            w.WriteString("mutant", o.Mutant);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Rate(Utf8JsonWriter w, string name, double? rate)
    {
        if (rate is { } value)
        {
            w.WriteNumber(name, Math.Round(value, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
