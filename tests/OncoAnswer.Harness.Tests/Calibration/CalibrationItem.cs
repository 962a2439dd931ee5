using System.Text.Json;

namespace OncoAnswer.Harness.Tests.Calibration;

/// <summary>One labelled answer of the calibration set: the question, the answer and a human label per metric.</summary>
internal sealed record CalibrationItem(string Id, string? Kind, string Question, string Answer, IReadOnlyDictionary<string, JsonElement> Labels)
{
    public static IReadOnlyList<CalibrationItem> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l =>
            {
                using var doc = JsonDocument.Parse(l);
                var root = doc.RootElement;
                var labels = root.GetProperty("labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
                var kind = root.GetProperty("kind").ValueKind == JsonValueKind.String ? root.GetProperty("kind").GetString() : null;
                return new CalibrationItem(root.GetProperty("id").GetString()!, kind, root.GetProperty("question").GetString()!, root.GetProperty("answer").GetString()!, labels);
            })
            .ToList();

    /// <summary>The human label of a boolean metric, or null when the item does not label it (not applicable).</summary>
    public bool? Label(string key) => Labels.TryGetValue(key, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public string? Text(string key) => Labels.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
