using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Cli.Inputs;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer calibrate LABELS</c>: measures the scorers on the user's own labelled data. Statement rows are scored
/// by the deterministic statement matcher (and by the LLM judge when configured): accuracy, per-class precision, recall
/// and F1, macro-F1, entailed-vs-not macro-F1 and the confusion matrix. Metric rows run the default evaluators on the
/// answer (request kind detected from the question) and compare the metric with the label: a boolean metric's value,
/// or for a count (faithfulness.unsupported, faithfulness.contradictions) whether it is above 0.
/// </summary>
internal sealed class CalibrateCommand(CliConsoles consoles, CliEnvironment environment) : AsyncCommand<CalibrateSettings>
{
    private static readonly string[] StatementClasses = ["entailed", "neutral", "contradicted"];
    private static readonly string[] MetricClasses = ["true", "false", "n/a"];

    public override async Task<int> ExecuteAsync(CommandContext context, CalibrateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rows = CalibrationReader.Read(settings.File);
        var knowledgeBase = KnowledgeBaseLoader.LoadPath(settings.Guidelines ?? BundledContent.DefaultGuidelines());
        var lexicon = BundledContent.Lexicon(settings.Lexicons);
        var scorer = new FaithfulnessScorer(knowledgeBase, lexicon);
        var judge = settings.Judge(environment.Get);

        var statements = ResolveStatements(rows, scorer);
        var deterministic = new ConfusionMatrix(StatementClasses);
        var judged = judge is null ? null : new ConfusionMatrix(StatementClasses);
        var metrics = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        var evaluators = DefaultEvaluators.Create(lexicon, knowledgeBase);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = AnswerAnalysis.Of(row.Answer);
            var label = row.Statement is null ? row.Label : Name(StatementVerdict.Parse(row.Label)!.Value);
            if (row.Statement is not null)
            {
                var statement = statements[row];
                deterministic.Add(label, Name(scorer.Score(analysis, statement)));
                if (judge is not null)
                {
                    judged!.Add(label, Name(await judge.StatementAsync(row.Answer, statement.Text, cancellationToken)));
                }

                continue;
            }

            var value = await MetricValueAsync(row, analysis, evaluators, cancellationToken);
            if (value is null && !evaluators.Any(e => e.EvaluationMetricNames.Contains(row.Metric!)))
            {
                throw new InputException(row.Location, $"unknown metric '{row.Metric}'; use a metric id of the default evaluators ({string.Join(", ", MetricCatalogue.Ids)}).");
            }

            if (!metrics.TryGetValue(row.Metric!, out var matrix))
            {
                metrics[row.Metric!] = matrix = new ConfusionMatrix(MetricClasses);
            }

            matrix.Add(label, value ?? "n/a");
        }

        consoles.Out.WriteLine($"Calibration of {rows.Count} labelled row(s) from {settings.File}.");
        if (deterministic.Total > 0)
        {
            Print("statements (deterministic)", deterministic);
            if (judged is not null)
            {
                Print($"statements (judge {judge!.Model})", judged);
            }
        }

        foreach (var (metric, matrix) in metrics)
        {
            Print(metric, matrix);
        }

        return ExitCodes.Passed;
    }

    private void Print(string title, ConfusionMatrix matrix)
    {
        consoles.Out.WriteLine("");
        consoles.Out.WriteLine($"== {title}");
        if (matrix.Classes.Contains("entailed"))
        {
            var folded = matrix.Fold(["entailed", "not-entailed"], c => c == "entailed" ? c : "not-entailed");
            consoles.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"entailed-vs-not macro-F1 {folded.MacroF1:0.000}, contradiction recall {matrix.Recall("contradicted"):0.000}"));
        }

        consoles.Out.Write(new Text(matrix.Format()));
    }

    private static Dictionary<CalibrationRow, GuidelineStatement> ResolveStatements(IReadOnlyList<CalibrationRow> rows, FaithfulnessScorer scorer)
    {
        var errors = new List<InputError>();
        var resolved = new Dictionary<CalibrationRow, GuidelineStatement>();
        foreach (var row in rows.Where(r => r.Statement is not null))
        {
            if (scorer.Resolve(row.Statement!) is { } statement)
            {
                resolved[row] = statement;
            }
            else
            {
                errors.Add(new InputError(row.Location, $"unknown statement id '{row.Statement}'; use an id of the knowledge base (--guidelines) or write the statement text."));
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : resolved;
    }

    private static async Task<string?> MetricValueAsync(CalibrationRow row, AnswerAnalysis analysis, IReadOnlyList<IEvaluator> evaluators, CancellationToken cancellationToken)
    {
        var scenario = new Scenario(row.Id, "calibrate", "calibrate", [], [new Turn(TurnRole.User, row.Question)], null, Expectations.Default, row.Location);
        var context = new ScenarioContext(scenario, analysis);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, row.Answer));
        foreach (var evaluator in evaluators.Where(e => e.EvaluationMetricNames.Contains(row.Metric!)))
        {
            var result = await evaluator.EvaluateAsync([new ChatMessage(ChatRole.User, row.Question)], response, null, [context], cancellationToken);
            return result.Metrics[row.Metric!] switch
            {
                BooleanMetric { Value: { } b } => b ? "true" : "false",
                NumericMetric { Value: { } n } => n > 0 ? "true" : "false",
                _ => "n/a",
            };
        }

        return null;
    }

    private static string Name(StatementVerdictKind kind) => kind switch
    {
        StatementVerdictKind.Entailed => "entailed",
        StatementVerdictKind.Contradicted => "contradicted",
        _ => "neutral",
    };
}
