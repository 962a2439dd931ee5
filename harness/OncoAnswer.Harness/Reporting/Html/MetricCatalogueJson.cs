using System.Text.Json;
using OncoAnswer.Harness.Evaluators;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// The <see cref="MetricCatalogue"/> as the JSON the report embeds (<c>&lt;script id="metric-catalogue"&gt;</c>), so
/// report.js reads metric families and evidence colours from it instead of writing metric ids itself.
/// </summary>
internal static class MetricCatalogueJson
{
    /// <summary>The JSON text; the default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so it is safe inside a script element.</summary>
    public static string Text { get; } = Build();

    private static string Build()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var metric in MetricCatalogue.All)
            {
                w.WriteStartObject();
                w.WriteString("id", metric.Id);
                w.WriteString("family", metric.Family);
                w.WriteBoolean("key", metric.Key);
                w.WriteString("value", metric.Value.ToString().ToLowerInvariant());
                w.WriteString("highlight", metric.Highlight);
                w.WriteString("appliesTo", metric.AppliesToText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
