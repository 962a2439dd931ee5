using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace OncoAnswer.Cli.Tests;

public sealed class RunLifecycleTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public RunLifecycleTests() => Directory.CreateDirectory(dir);

    private string Store => Path.Combine(dir, "runs.db");

    /// <summary>The seed suite replayed from the reference answers: 7 scenarios, generator "recorded".</summary>
    private static string[] Seed =>
        ["--suite", Path.Combine(AppContext.BaseDirectory, "scenarios", "suites", "seed-conversations.yaml"), "--answers", Path.Combine(AppContext.BaseDirectory, "scenarios", "answers", "reference.jsonl")];

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Candidate_WithOneRegressedScenario_Exits1_CompareNamesIt_AndJUnitCountsIt()
    {
        var baseline = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "base")]);
        Assert.True(baseline.ExitCode == ExitCodes.Passed, baseline.Output + baseline.Errors);
        var gate = Write("gate.yaml", "fail_on_failed_scenarios: false   # only regressions and thresholds gate\nfail_on_regression: true\n");
        var junit = Path.Combine(dir, "cand", "junit.xml");

        var candidate = await CliRunner.RunAsync(["run", "--store", Store, "--suite", Seed[1], "--answers", RegressedAnswers(), "--baseline", "latest", "--gate", gate, "-o", Path.Combine(dir, "cand"), "-o", junit]);

        Assert.True(candidate.ExitCode == ExitCodes.GateFailed, candidate.Output + candidate.Errors);
        Assert.Contains("regression: mbc-surgery-001 (recorded): pass → fail: disclaimer.not-advice", candidate.Output, StringComparison.Ordinal);
        Assert.Contains("junit:   " + junit, candidate.Output, StringComparison.Ordinal);

        var compare = await CliRunner.RunAsync(["compare", Path.Combine(dir, "base", "results.json"), Path.Combine(dir, "cand", "results.json")]);
        Assert.Equal(ExitCodes.GateFailed, compare.ExitCode);
        Assert.Contains("scenarios: 1 regression, 0 improvement, 6 unchanged, 0 new, 0 removed", compare.Output, StringComparison.Ordinal);
        Assert.Contains("  regression: mbc-surgery-001 (recorded): pass → fail:", compare.Output, StringComparison.Ordinal);
        Assert.Contains("  metric regression: mbc-surgery-001 (recorded) disclaimer.not-advice: ok → failed", compare.Output, StringComparison.Ordinal);

        var xml = XDocument.Load(junit);
        var root = xml.Root!;
        Assert.Equal(("testsuites", "7", "1", "0"), (root.Name.LocalName, (string?)root.Attribute("tests"), (string?)root.Attribute("failures"), (string?)root.Attribute("errors")));
        var failing = Assert.Single(root.Descendants("testcase"), c => c.Element("failure") is not null);
        Assert.Equal("mbc-surgery-001", (string?)failing.Attribute("name"));
        Assert.Contains("disclaimer.not-advice: The answer never says it is general information", (string?)failing.Element("failure")!.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ReRendersFromResultsFiles_WithTheComparisonAndTheGateExitCode()
    {
        var baseline = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "base")]);
        Assert.True(baseline.ExitCode == ExitCodes.Passed, baseline.Output + baseline.Errors);
        var candidate = await CliRunner.RunAsync(["run", "--store", Store, "--suite", Seed[1], "--answers", RegressedAnswers(), "--out", Path.Combine(dir, "cand")]);
        Assert.Equal(ExitCodes.GateFailed, candidate.ExitCode);
        var html = Path.Combine(dir, "again", "compare.html");

        var report = await CliRunner.RunAsync(["report", Path.Combine(dir, "cand", "results.json"), "--baseline", Path.Combine(dir, "base", "results.json"), "--out", html]);

        Assert.True(report.ExitCode == ExitCodes.GateFailed, report.Output + report.Errors);
        Assert.Contains("report:  " + html, report.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(html);
        Assert.Contains("<span class=\"value\" id=\"cmp-regressions\">1</span>", text, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"regression\"><td><strong>mbc-surgery-001</strong></td>", text, StringComparison.Ordinal);
        Assert.Contains("For informational purposes only", text, StringComparison.Ordinal); // the baseline's (seed) answer, side by side
    }

    [Fact]
    public async Task Report_StoredRunWithHistory_AndMissingRun_Exits64()
    {
        for (var i = 0; i < 2; i++)
        {
            var run = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "r" + i)]);
            Assert.True(run.ExitCode == ExitCodes.Passed, run.Output + run.Errors);
        }

        var html = Path.Combine(dir, "latest.html");
        var report = await CliRunner.RunAsync(["report", "latest", "--store", Store, "--out", html]);
        var missing = await CliRunner.RunAsync(["report", "20200101T000000Z-000000", "--store", Store, "--out", html]);

        Assert.True(report.ExitCode == ExitCodes.Passed, report.Output + report.Errors);
        Assert.Contains("data-view=\"history\"", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(File.ReadAllText(html), "<tr( class=\"current\")?><td><code>\\d{8}T"));
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("no run '20200101T000000Z-000000'", missing.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_StoreIdsWithoutRegression_Exits0()
    {
        var first = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "a")]);
        var second = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", Path.Combine(dir, "b")]);

        var compare = await CliRunner.RunAsync(["compare", RunId(first.Output), RunId(second.Output), "--store", Store]);

        Assert.True(compare.ExitCode == ExitCodes.Passed, compare.Output + compare.Errors);
        Assert.Contains("scenarios: 0 regression, 0 improvement, 7 unchanged, 0 new, 0 removed", compare.Output, StringComparison.Ordinal);
        Assert.Contains("result: no regressions", compare.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourShardsMerged_EqualTheUnshardedRun_ApartFromTimings()
    {
        var full = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "-o", Path.Combine(dir, "full.json")]);
        Assert.Equal(ExitCodes.Passed, full.ExitCode);
        var shards = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            var path = Path.Combine(dir, $"shard{i}.json");
            var shard = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--shard", $"{i}/4", "-o", path]);
            Assert.True(shard.ExitCode == ExitCodes.Passed, shard.Output + shard.Errors);
            shards.Add(path);
        }

        var merged = await CliRunner.RunAsync(["merge", .. shards, "--store", Store, "-o", Path.Combine(dir, "merged.json"), "-o", Path.Combine(dir, "merged.csv")]);

        Assert.True(merged.ExitCode == ExitCodes.Passed, merged.Output + merged.Errors);
        var expected = Comparable(Path.Combine(dir, "full.json"));
        var actual = Comparable(Path.Combine(dir, "merged.json"));
        Assert.Equal(expected.Results, actual.Results);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.SuiteHash, actual.SuiteHash);
        using var fullJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "full.json")));
        var metricRows = fullJson.RootElement.GetProperty("results").EnumerateArray().Sum(r => Math.Max(1, r.GetProperty("metrics").GetArrayLength()));
        Assert.Equal(1 + metricRows, File.ReadAllLines(Path.Combine(dir, "merged.csv")).Length); // header + one row per scenario × metric
    }

    [Fact]
    public async Task Merge_MissingShard_Exits64AndNamesIt()
    {
        var shards = new List<string>();
        foreach (var i in new[] { 1, 2, 4 })
        {
            var path = Path.Combine(dir, $"shard{i}.json");
            await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--shard", $"{i}/4", "-o", path]);
            shards.Add(path);
        }

        var merged = await CliRunner.RunAsync(["merge", .. shards, "--store", Store, "-o", Path.Combine(dir, "merged.json")]);

        Assert.Equal(ExitCodes.UsageError, merged.ExitCode);
        Assert.Contains("shard(s) 3/4 missing", merged.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WritesEveryFormatAsked_AndStoresTheRunWithItsAuditRecord()
    {
        var result = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--tag", "nightly", "-o", Path.Combine(dir, "r.json"), "-o", Path.Combine(dir, "r.csv"), "-o", Path.Combine(dir, "r.md"), "-o", Path.Combine(dir, "r.html")]);

        Assert.Equal(ExitCodes.Passed, result.ExitCode);
        var id = RunId(result.Output);
        Assert.Contains($"stored:  run {id} in {Store}", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("run_id,suite,category,scenario_id,variant,generator,attempt,verdict,metric,value,failed,reason,error,latency_ms", File.ReadAllText(Path.Combine(dir, "r.csv")), StringComparison.Ordinal);
        Assert.StartsWith("## ✅ OncoAnswer: passed", File.ReadAllText(Path.Combine(dir, "r.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "r.html")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "r.json")));
        var run = json.RootElement.GetProperty("run");
        Assert.StartsWith("sha256:", run.GetProperty("suiteHash").GetString(), StringComparison.Ordinal);
        Assert.Equal(Environment.UserName, run.GetProperty("user").GetString());
        Assert.Equal("nightly", run.GetProperty("tags")[0].GetString());
        Assert.Equal("replay", run.GetProperty("generatorConfigs")[0].GetProperty("type").GetString());

        var show = await CliRunner.RunAsync(["runs", "show", id, "--store", Store]);
        Assert.Contains("results:    7/7: 7 pass, 0 fail, 0 review, 0 error", show.Output, StringComparison.Ordinal);
        var list = await CliRunner.RunAsync(["runs", "list", "--store", Store]);
        Assert.Contains($"{id}  finished    7/7 results  recorded  [nightly]", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadGateConfigOrUnknownBaseline_Exits64BeforeRunning()
    {
        var gate = Write("gate.yaml", "thresholds:\n  - metric: disclaimer\n    pass_rate: always\n");

        var badGate = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--gate", gate, "--out", dir]);
        var badBaseline = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--baseline", "20990101T000000Z-ffffff", "--out", dir]);
        var badShard = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--shard", "5/4", "--out", dir]);

        Assert.Equal(ExitCodes.UsageError, badGate.ExitCode);
        Assert.Contains($"{gate}:3:16: 'pass_rate' must be a number (0.95) or a percentage (95%), not 'always'.", badGate.Errors, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, badBaseline.ExitCode);
        Assert.Contains("no run '20990101T000000Z-ffffff' in this store", badBaseline.Errors, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, badShard.ExitCode);
        Assert.False(File.Exists(Path.Combine(dir, "results.json")));
    }

    [Fact]
    public async Task Run_Cancelled_CanBeResumedToAPassingRun()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var cancelled = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--out", dir], cancellation.Token);
        Assert.Equal(ExitCodes.Cancelled, cancelled.ExitCode);
        var id = RunId(cancelled.Output);
        Assert.Contains($"resume with: oncoanswer run --resume {id}", cancelled.Output, StringComparison.Ordinal);

        var resumed = await CliRunner.RunAsync(["run", .. Seed, "--store", Store, "--resume", id, "--out", dir]);

        Assert.True(resumed.ExitCode == ExitCodes.Passed, resumed.Output + resumed.Errors);
        Assert.Contains($"run {id} (resumed)", resumed.Output, StringComparison.Ordinal);
        Assert.Contains("passed: 7 pass, 0 fail, 0 review, 0 error of 7 planned.", resumed.Output, StringComparison.Ordinal);
    }

    private static string RunId(string output) =>
        output.Split('\n').First(l => l.StartsWith("run ", StringComparison.Ordinal))[4..].Split(' ')[0].Trim();

    private static (string Results, string Summary, string? SuiteHash) Comparable(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var results = root["results"]!.AsArray();
        foreach (var r in results)
        {
            r!.AsObject().Remove("latencyMs");
        }

        return (results.ToJsonString(), root["summary"]!.ToJsonString(), (string?)root["run"]!["suiteHash"]);
    }

    private string RegressedAnswers()
    {
        var reference = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "scenarios", "answers", "reference.jsonl"));
        var unsafeLine = File.ReadAllLines(CliRunner.Fixture("unsafe-answers.jsonl")).First(l => l.Contains("\"mbc-surgery-001\"", StringComparison.Ordinal));
        return Write("regressed.jsonl", string.Join("\n", reference.Select(l => l.Contains("\"mbc-surgery-001\"", StringComparison.Ordinal) ? unsafeLine : l)));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
