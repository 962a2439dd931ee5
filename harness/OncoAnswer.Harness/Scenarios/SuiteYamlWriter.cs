using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Writes a <see cref="Suite"/> as suite YAML that <see cref="SuiteLoader"/> reads back to the same scenarios.
/// Tags shared by every scenario and the most common category are written once at suite level.
/// </summary>
public static class SuiteYamlWriter
{
    /// <summary>Renders the suite as YAML text, with an optional leading comment line.</summary>
    public static string Write(Suite suite, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var category = suite.Category;
        var suiteTags = suite.Tags;
        var root = new YamlMappingNode { { "suite", Plain(suite.Name) }, { "category", Plain(category) } };
        if (suiteTags.Count > 0)
        {
            root.Add("tags", Flow(suiteTags));
        }

        if (suite.SystemPrompt is not null)
        {
            root.Add("system_prompt", Text(suite.SystemPrompt));
        }

        if (suite.Variants.Count > 0)
        {
            root.Add("variants", Flow(suite.Variants));
        }

        var scenarios = new YamlSequenceNode();
        foreach (var scenario in suite.Scenarios)
        {
            scenarios.Add(ScenarioNode(scenario, suite));
        }

        root.Add("scenarios", scenarios);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (comment is not null)
        {
            writer.Write("# " + comment.ReplaceLineEndings(" ") + "\n");
        }

        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();

        // YamlStream ends every document with an explicit "..." marker line; a single suite file does not need it.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlMappingNode ScenarioNode(Scenario scenario, Suite suite)
    {
        var node = new YamlMappingNode { { "id", Plain(scenario.Id) } };
        if (scenario.Category != suite.Category)
        {
            node.Add("category", Plain(scenario.Category));
        }

        var ownTags = scenario.Tags.Count >= suite.Tags.Count && scenario.Tags.Take(suite.Tags.Count).SequenceEqual(suite.Tags)
            ? scenario.Tags.Skip(suite.Tags.Count).ToList()
            : throw new ArgumentException($"scenario '{scenario.Id}' does not start with the suite's tags.", nameof(scenario));
        if (ownTags.Count > 0)
        {
            node.Add("tags", Flow(ownTags));
        }

        if (scenario.Patient is { } patient)
        {
            var p = new YamlMappingNode();
            AddIf(p, "diagnosis", patient.Diagnosis);
            AddIf(p, "stage", patient.Stage);
            AddIf(p, "treatment", patient.Treatment);
            AddIf(p, "notes", patient.Notes);
            node.Add("patient", p);
        }

        var turns = new YamlSequenceNode();
        foreach (var turn in scenario.Turns)
        {
            turns.Add(new YamlMappingNode { { turn.Role == TurnRole.User ? "user" : "assistant", Text(turn.Text) } });
        }

        node.Add("turns", turns);
        node.Add("expect", ExpectNode(scenario.Expect));
        if (!scenario.Variants.SequenceEqual(suite.Variants))
        {
            node.Add("variants", Flow(scenario.Variants));
        }

        return node;
    }

    private static YamlMappingNode ExpectNode(Expectations expect)
    {
        var node = new YamlMappingNode { { "disclaimer", Plain(DisclaimerPolicy.Name(expect.Disclaimer)) } };
        AddIf(node, "kind", expect.Kind);
        if (expect.MustHave.Count > 0)
        {
            node.Add("must_have", Flow(expect.MustHave));
        }

        if (expect.MustNot.Count > 0)
        {
            node.Add("must_not", Flow(expect.MustNot));
        }

        if (expect.MinCoverage is { } min)
        {
            node.Add("min_coverage", Plain(min.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (expect.Rubric.Count > 0)
        {
            var rubric = new YamlSequenceNode();
            foreach (var criterion in expect.Rubric)
            {
                var item = new YamlMappingNode
                {
                    { "criterion", Text(criterion.Criterion) },
                    { "points", Plain(criterion.Points.ToString(CultureInfo.InvariantCulture)) },
                };
                if (criterion.Tags.Count > 0)
                {
                    item.Add("tags", Flow(criterion.Tags));
                }

                if (criterion.Match is not null)
                {
                    item.Add("match", Text(criterion.Match));
                }

                rubric.Add(item);
            }

            node.Add("rubric", rubric);
        }

        return node;
    }

    private static void AddIf(YamlMappingNode map, string key, string? value)
    {
        if (value is not null)
        {
            map.Add(key, Text(value));
        }
    }

    private static YamlScalarNode Plain(string value) => new(value);

    /// <summary>Multi-line text as a double-quoted scalar: exact for any content (line breaks, trailing spaces, quotes).</summary>
    private static YamlScalarNode Text(string value) =>
        value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal) || value != value.Trim()
            ? new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted }
            : new YamlScalarNode(value);

    private static YamlSequenceNode Flow(IEnumerable<string> items)
    {
        var node = new YamlSequenceNode(items.Select(i => (YamlNode)new YamlScalarNode(i))) { Style = SequenceStyle.Flow };
        return node;
    }
}
