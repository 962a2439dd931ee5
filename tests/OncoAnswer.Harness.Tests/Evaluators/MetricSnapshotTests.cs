using System.Globalization;
using System.Text;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Pins every metric (value, failed, reason, evidence spans, diagnostics) of the default evaluators on the bundled
/// library, answered by the recorded answers and by the reference generator, so speed work on the analysis cannot
/// change a score unnoticed. A change that is meant to move scores regenerates the file:
/// <c>ONCOANSWER_UPDATE_SNAPSHOT=1 dotnet test --filter MetricSnapshotTests</c>, and the diff is reviewed.
/// </summary>
public sealed class MetricSnapshotTests
{
    private static readonly string SnapshotPath = RepoPaths.Of("tests", "OncoAnswer.Harness.Tests", "Evaluators", "metric-snapshot.tsv");

    [Fact]
    public async Task BundledLibrary_DefaultEvaluators_GiveThePinnedMetrics()
    {
        var suites = SuiteLoader.LoadPath(RepoPaths.Of("scenarios", "suites"));
        var yaml = $"generators:\n  - name: reference\n    type: reference\n  - name: recorded\n    type: replay\n    answers: {RepoPaths.Of("scenarios", "answers")}\n";
        var generators = new[] { "recorded", "reference" }.Select(n => Support.Generators.FromYaml(yaml, RepoPaths.Root, useCache: false, name: n)).ToList();
        var run = await new Runner(DefaultEvaluators.Create(), new RunnerOptions { Concurrency = 2 }).RunAsync(suites, generators);

        var lines = run.Results
            .SelectMany(r => r.Metrics.Select(m => string.Join('\t',
                r.Generator, r.ScenarioId, m.Id, Value(m.Value), m.Failed ? "failed" : "ok", m.Reason,
                string.Join(' ', m.Evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Start}+{e.Length}"))),
                string.Join(" | ", m.Diagnostics)).ReplaceLineEndings(" ")))
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = string.Join('\n', lines) + "\n";
        Assert.True(lines.Count > 1000, $"only {lines.Count} metrics were scored; the library or the generators did not load.");

        if (Environment.GetEnvironmentVariable("ONCOANSWER_UPDATE_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, actual, new UTF8Encoding(false));
        }

        var expected = (await File.ReadAllTextAsync(SnapshotPath)).Split('\n');
        var got = actual.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Max(expected.Length, got.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= got.Length || expected[i] != got[i], -1);
        Assert.True(firstDifference < 0, firstDifference < 0 ? "" :
            $"metric line {firstDifference + 1} differs:\n expected: {(firstDifference < expected.Length ? expected[firstDifference] : "(none)")}\n actual:   {(firstDifference < got.Length ? got[firstDifference] : "(none)")}");
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
