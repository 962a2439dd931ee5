using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Benchmarks.Tools;

/// <summary>
/// Writes a synthetic library of N scenarios with recorded answers for the scale runs: the bundled scenarios are
/// repeated with numbered ids (<c>id-x3</c>) and each copy gets its original's recorded answer, so the scorers see the
/// real mix of kinds, lengths and verdicts. Suites are written 1,000 scenarios to a file, like a large team library.
/// </summary>
internal static class ScaleData
{
    private const int ScenariosPerFile = 1000;

    public static int Write(int count, string folder, string scenariosRoot)
    {
        var library = SuiteLoader.LoadPath(Path.Combine(scenariosRoot, "suites")).SelectMany(s => s.Scenarios).ToList();
        var answers = RecordedAnswers.Load(Path.Combine(scenariosRoot, "answers"));
        var usable = library.Where(s => answers.TryGet(s.Id, out _)).ToList();
        Directory.CreateDirectory(Path.Combine(folder, "suites"));
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var jsonl = new StreamWriter(Path.Combine(folder, "answers.jsonl"), false, new UTF8Encoding(false)) { NewLine = "\n" };
        for (var file = 0; file * ScenariosPerFile < count; file++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"scale-{file:D4}");
            var scenarios = new List<Scenario>(ScenariosPerFile);
            for (var k = file * ScenariosPerFile; k < Math.Min(count, (file + 1) * ScenariosPerFile); k++)
            {
                var original = usable[k % usable.Count];
                var id = string.Create(CultureInfo.InvariantCulture, $"{original.Id}-x{k / usable.Count}");
                scenarios.Add(original with { Id = id, Suite = name, Variants = [] });
                answers.TryGet(original.Id, out var answer);
                using var buffer = new MemoryStream();
                using (var w = new Utf8JsonWriter(buffer, options))
                {
                    w.WriteStartObject();
                    w.WriteString("scenarioId", id);
                    w.WriteString("answer", answer);
                    w.WriteEndObject();
                }

                jsonl.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }

            var suite = new Suite(name, "scale", [], "Answer as a careful oncology information service.", scenarios, name + ".yaml");
            File.WriteAllText(Path.Combine(folder, "suites", name + ".yaml"), SuiteYamlWriter.Write(suite, "synthetic scale suite"), new UTF8Encoding(false));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} scenarios ({usable.Count} distinct originals) to {folder}"));
        return 0;
    }
}
