using System.Text.Json;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Cli.Inputs;

/// <summary>Reads the answers stored in a run's results.json, as one replay generator per generator of that run.</summary>
internal static class ResultsAnswers
{
    public static IReadOnlyList<Generator> Read(string path, out HashSet<string> scenarioIds)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path, 0, 0), "no such file; pass the results.json of an earlier 'oncoanswer run'.");
        }

        var byGenerator = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new InputException(new SourceLocation(path, 1, 1), "no \"results\" array; pass the results.json of an earlier 'oncoanswer run'.");
            }

            foreach (var result in results.EnumerateArray())
            {
                if (result.TryGetProperty("scenarioId", out var id) && id.ValueKind == JsonValueKind.String &&
                    result.TryGetProperty("generator", out var generator) && generator.ValueKind == JsonValueKind.String &&
                    result.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.String)
                {
                    var answers = byGenerator.TryGetValue(generator.GetString()!, out var found) ? found : byGenerator[generator.GetString()!] = new(StringComparer.Ordinal);
                    answers[id.GetString()!] = LenientJsonString.Read(answer);
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InputException(new SourceLocation(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), "not valid JSON: " + ex.Message.Split('.')[0] + ".");
        }

        if (byGenerator.Count == 0)
        {
            throw new InputException(new SourceLocation(path, 1, 1), "the results hold no answers to mutate.");
        }

        scenarioIds = byGenerator.Values.SelectMany(a => a.Keys).ToHashSet(StringComparer.Ordinal);
        return byGenerator.Select(g => new Generator(g.Key, "results", new ScoreAnswersChatClient(g.Value), new Dictionary<string, string> { ["results"] = path })).ToList();
    }
}
