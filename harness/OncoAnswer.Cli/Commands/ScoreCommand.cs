using System.Globalization;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Cli.Inputs;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Generators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Reporting;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer score FILE</c>: scores answers produced elsewhere (production logs) with the default evaluators and
/// writes the run results JSON; each input id becomes a result's scenarioId. A "scenarioId" field borrows a library
/// scenario's expectations; "expect" overrides the request kind and disclaimer expectation; "finishReason" (as the log
/// recorded it) makes a cut-off completion an error with that reason, as is an answer that is an error message.
/// </summary>
internal sealed class ScoreCommand(CliConsoles consoles, CliEnvironment environment) : AsyncCommand<ScoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var items = ScoreInputReader.Read(settings.File, settings.Format);
        var library = items.Any(i => i.Scenario is not null) ? LoadLibrary(settings) : new Dictionary<string, Scenario>(StringComparer.Ordinal);
        var suiteName = "score:" + Path.GetFileName(settings.File);
        var knowledgeBase = KnowledgeBaseLoader.LoadPath(settings.Guidelines ?? BundledContent.DefaultGuidelines());
        var scenarios = BuildScenarios(items, library, suiteName, ref knowledgeBase);
        var suite = new Suite(suiteName, "scored", [], null, scenarios, settings.File);
        var answers = items.ToDictionary(i => i.Id, i => i.Answer, StringComparer.Ordinal);
        var finishReasons = items.Where(i => i.FinishReason is not null).ToDictionary(i => i.Id, i => i.FinishReason!, StringComparer.Ordinal);
        var generator = new Generator("scored-input", "score", new ScoreAnswersChatClient(answers, finishReasons), new Dictionary<string, string> { ["file"] = settings.File });
        var lexicon = BundledContent.Lexicon(settings.Lexicons);

        consoles.Out.MarkupLine($"Scoring [bold]{items.Count}[/] answer(s) from {Markup.Escape(settings.File)}.");
        var judge = settings.Judge(environment.Get);
        var evaluators = DefaultEvaluators.Create(lexicon, knowledgeBase, judge);
        var runner = new Runner(evaluators, new RunnerOptions { Concurrency = settings.Concurrency, Judge = judge });
        RunOutputs.CheckWritable([settings.Out]);
        var scored = await runner.RunAsync([suite], [generator], cancellationToken: cancellationToken);
        var run = scored with { Run = RunAudit.Stamp(scored.Run, [suite], [generator], evaluators) };

        var outPath = Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        ResultsJsonWriter.Write(run, outPath);
        var outcome = Gate.Evaluate(run);
        consoles.Out.MarkupLine($"{VerdictNames.Of(outcome)}: {run.Passed} pass, {run.Failed} fail, {run.Reviews} review, {run.Errors} error of {run.Planned}.");
        foreach (var result in run.Results.Where(r => r.Verdict != Verdict.Pass).OrderBy(r => ResultReasons.Rank(r.Verdict)).ThenBy(r => r.ScenarioId, StringComparer.Ordinal))
        {
            var why = ResultReasons.Why(result);
            // Whole, never cut: a terminal wraps it at its width, a log keeps it on one line.
            consoles.Out.WriteLine($"  {VerdictNames.Of(result.Verdict)} {result.ScenarioId}: {why}");
        }

        consoles.Out.WriteLine("results: " + outPath);
        return outcome switch
        {
            GateOutcome.Passed => ExitCodes.Passed,
            GateOutcome.Failed => ExitCodes.GateFailed,
            GateOutcome.Errors => ExitCodes.RunErrors,
            _ => ExitCodes.Cancelled,
        };
    }

    private static Dictionary<string, Scenario> LoadLibrary(ScoreSettings settings)
    {
        var library = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        foreach (var scenario in SuiteFiles.Load(settings.Suites).SelectMany(s => s.Scenarios))
        {
            library.TryAdd(scenario.Id, scenario);
        }

        return library;
    }

    private static List<Scenario> BuildScenarios(IReadOnlyList<ScoreItem> items, Dictionary<string, Scenario> library, string suiteName, ref KnowledgeBase knowledgeBase)
    {
        var errors = new List<InputError>();
        var inline = new List<GuidelineStatement>();
        var scenarios = new List<Scenario>(items.Count);
        foreach (var item in items)
        {
            Scenario? known = null;
            if (item.Scenario is not null && !library.TryGetValue(item.Scenario, out known))
            {
                errors.Add(new InputError(item.Location, $"unknown scenario '{item.Scenario}' for answer '{item.Id}'; use an id from the scenario library (--suite) or drop \"scenarioId\"."));
                continue;
            }

            var expect = known?.Expect ?? Expectations.Default;
            expect = expect with
            {
                Kind = item.Request ?? expect.Kind,
                Disclaimer = item.Disclaimer ?? expect.Disclaimer,
                MustHave = item.MustHave is null ? expect.MustHave : Inline(item, item.MustHave, "must_have", StatementKind.Guideline, knowledgeBase, inline, errors),
                MustNot = item.MustNot is null ? expect.MustNot : Inline(item, item.MustNot, "must_not", StatementKind.Unsafe, knowledgeBase, inline, errors),
                MinCoverage = item.MinCoverage ?? expect.MinCoverage,
            };
            scenarios.Add(new Scenario(item.Id, suiteName, known?.Category ?? "scored", known?.Tags ?? [], item.Turns, known?.Patient, expect, item.Location));
        }

        if (inline.Count > 0)
        {
            knowledgeBase = new KnowledgeBase([.. knowledgeBase.Statements, .. inline]);
        }

        return errors.Count > 0 ? throw new InputException(errors) : scenarios;
    }

    /// <summary>Knowledge-base ids stay; statement text becomes an inline statement with id "ANSWER-ID#must_have-N".</summary>
    private static List<string> Inline(ScoreItem item, IReadOnlyList<string> entries, string role, StatementKind kind, KnowledgeBase knowledgeBase, List<GuidelineStatement> inline, List<InputError> errors)
    {
        var ids = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (knowledgeBase.TryGet(entries[i], out _))
            {
                ids.Add(entries[i]);
                continue;
            }

            if (!entries[i].Contains(' ', StringComparison.Ordinal))
            {
                errors.Add(new InputError(item.Location, $"unknown statement id '{entries[i]}' in expect.{role} of '{item.Id}'; use a knowledge-base id (--guidelines) or write the statement as a sentence."));
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{item.Id}#{role}-{i + 1}");
            inline.Add(new GuidelineStatement(id, kind, entries[i], new StatementSource("inline (score input)", "", null), [], [], [], item.Location));
            ids.Add(id);
        }

        return ids;
    }
}
