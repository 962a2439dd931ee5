using System.Text.Json;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>The JSON shapes of <c>oncoanswer list --json</c> (camelCase keys, ordinal ordering).</summary>
internal static class ListJson
{
    public static SortedDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        return counts;
    }

    public static string KindName(StatementKind kind) => kind == StatementKind.Unsafe ? "unsafe" : "guideline";

    /// <summary>A statement's topic: its id up to the first dot (<c>mbc</c>, <c>integrative</c>, <c>claim</c>).</summary>
    public static string Topic(GuidelineStatement statement)
    {
        var dot = statement.Id.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? statement.Id : statement.Id[..dot];
    }

    public static void Scenarios(Utf8JsonWriter w, IReadOnlyList<Suite> suites)
    {
        var scenarios = suites.SelectMany(s => s.Scenarios).ToList();
        var byCategory = CountBy(scenarios, s => s.Category);
        w.WriteStartObject();
        w.WriteNumber("scenarios", scenarios.Count(s => s.ParentId is null));
        w.WriteNumber("variants", scenarios.Count(s => s.ParentId is not null));
        w.WriteNumber("declaredVariants", scenarios.Where(s => s.ParentId is null).Sum(s => s.Variants.Count));
        w.WriteNumber("categories", byCategory.Count);
        w.WriteNumber("suites", suites.Count);
        Counts(w, "byCategory", byCategory);
        Counts(w, "byKind", CountBy(scenarios, s => s.Expect.Kind ?? "(none)"));
        w.WriteStartArray("items");
        foreach (var s in scenarios)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            if (s.ParentId is not null)
            {
                w.WriteString("parent", s.ParentId);
            }

            w.WriteString("suite", s.Suite);
            w.WriteString("category", s.Category);
            w.WriteString("kind", s.Expect.Kind);
            w.WriteString("disclaimer", DisclaimerPolicy.Name(s.Expect.Disclaimer));
            w.WriteNumber("turns", s.Turns.Count);
            w.WriteString("question", s.LastUserText);
            w.WriteBoolean("patient", s.Patient is not null);
            Strings(w, "tags", s.Tags);
            Strings(w, "mustHave", s.Expect.MustHave);
            Strings(w, "mustNot", s.Expect.MustNot);
            w.WriteNumber("rubric", s.Expect.Rubric.Count);
            Strings(w, "variants", s.Variants);
            w.WriteString("location", s.Location.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Suites(Utf8JsonWriter w, IReadOnlyList<Suite> suites)
    {
        w.WriteStartObject();
        w.WriteNumber("suites", suites.Count);
        w.WriteNumber("scenarios", suites.Sum(s => s.Scenarios.Count));
        w.WriteStartArray("items");
        foreach (var suite in suites)
        {
            w.WriteStartObject();
            w.WriteString("name", suite.Name);
            w.WriteString("category", suite.Category);
            w.WriteString("file", suite.Path);
            w.WriteNumber("scenarios", suite.Scenarios.Count);
            Strings(w, "tags", suite.Tags);
            Counts(w, "byCategory", CountBy(suite.Scenarios, s => s.Category));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Metrics(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("metrics", MetricCatalogue.All.Count);
        w.WriteStartArray("items");
        foreach (var metric in MetricCatalogue.All)
        {
            w.WriteStartObject();
            w.WriteString("id", metric.Id);
            w.WriteString("family", metric.Family);
            w.WriteString("value", metric.Value.ToString().ToLowerInvariant());
            w.WriteBoolean("key", metric.Key);
            Strings(w, "appliesTo", [.. metric.AppliesTo.Select(RequestKinds.Name)]);
            w.WriteString("appliesToText", metric.AppliesToText);
            Strings(w, "categories", metric.Categories);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Statements(Utf8JsonWriter w, KnowledgeBase knowledgeBase)
    {
        w.WriteStartObject();
        w.WriteNumber("statements", knowledgeBase.Statements.Count);
        Counts(w, "byKind", CountBy(knowledgeBase.Statements, s => KindName(s.Kind)));
        Counts(w, "byTopic", CountBy(knowledgeBase.Statements, Topic));
        w.WriteStartArray("items");
        foreach (var s in knowledgeBase.Statements)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("kind", KindName(s.Kind));
            w.WriteString("text", s.Text);
            w.WriteStartObject("source");
            w.WriteString("title", s.Source.Title);
            w.WriteString("year", s.Source.Year);
            w.WriteString("section", s.Source.Section);
            w.WriteString("strength", s.Source.Strength);
            w.WriteEndObject();
            w.WriteString("scope", s.Scope);
            w.WriteString("review_by", s.ReviewBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Strings(w, "tags", s.Tags);
            w.WriteString("location", s.Location.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, SortedDictionary<string, int> counts)
    {
        w.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            w.WriteNumber(key, count);
        }

        w.WriteEndObject();
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
