using OncoAnswer.Cli.Commands;
using OncoAnswer.Cli.Infrastructure;
using OncoAnswer.Harness.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli;

/// <summary>The <c>oncoanswer</c> command line: parsing, output and exit codes. All the work is in the harness.</summary>
public static class OncoAnswerApp
{
    /// <summary>Runs the command line with <paramref name="args"/>; output goes to <paramref name="output"/>, problems to <paramref name="errors"/>.</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole output, IAnsiConsole errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var debug = args.Contains("--debug", StringComparer.Ordinal);
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsoles), new CliConsoles(output, errors));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("oncoanswer");
            config.SetApplicationVersion(Harness.HarnessInfo.Version);
            config.ConfigureConsole(output);
            config.Settings.CancellationExitCode = ExitCodes.Cancelled;
            config.Settings.StrictParsing = true;
            config.AddCommand<RunCommand>("run")
                .WithDescription("Run scenario suites against a generator, score the answers, write results JSON and an HTML report.")
                .WithExample("run")
                .WithExample("run", "--out", "artifacts/oncoanswer")
                .WithExample("run", "--suite", "scenarios/suites/metastatic-surgery.yaml", "--answers", "my-answers.jsonl")
                .WithExample("run", "--config", "oncoanswer.yaml", "--generator", "my-model");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check suites and the guideline knowledge base; list every problem as file:line:column. Exit 64 when any.")
                .WithExample("validate")
                .WithExample("validate", "scenarios/suites/emergencies.yaml");
            config.AddCommand<ListCommand>("list")
                .WithDescription("Count suites, scenarios (per category) or knowledge-base statements; --json for a machine-readable listing.")
                .WithExample("list", "scenarios")
                .WithExample("list", "statements", "--json");
            config.AddBranch("import", import =>
            {
                import.SetDescription("Import scenarios from other formats.");
                import.AddCommand<ImportCsvCommand>("csv")
                    .WithDescription("Read a CSV of scenarios and write a YAML suite.")
                    .WithExample("import", "csv", "questions.csv", "--suite", "my-questions");
            });
            config.AddBranch("export", export =>
            {
                export.SetDescription("Export suites to other formats.");
                export.AddCommand<ExportCsvCommand>("csv")
                    .WithDescription("Write suites as CSV, one scenario per row.")
                    .WithExample("export", "csv", "--out", "scenarios.csv");
            });
            config.AddCommand<ScoreCommand>("score")
                .WithDescription("Score answers produced elsewhere (JSONL or CSV: id, question or messages, answer, optional scenario and expect) and write results JSON.")
                .WithExample("score", "production-answers.jsonl", "--out", "results.json")
                .WithExample("score", "answers.csv", "--out", "results.json");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Compare two runs (store ids, 'latest' or results.json files) per scenario and metric; exit 1 on regressions.")
                .WithExample("compare", "out/baseline/results.json", "out/results.json")
                .WithExample("compare", "latest", "20261125T170000Z-a1b2c3");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Re-render the HTML report of a stored run or results.json, optionally against a baseline and with your own templates.")
                .WithExample("report", "latest")
                .WithExample("report", "out/results.json", "--baseline", "out/baseline/results.json", "--out", "out/compare.html")
                .WithExample("report", "20261125T170000Z-a1b2c3", "--template-dir", "my-templates");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription("Combine the runs of a sharded suite (--shard I/N) into one stored run, write its outputs and gate it.")
                .WithExample("merge", "shard1/results.json", "shard2/results.json", "--out", "merged");
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("Inspect and prune the run store.");
                runs.AddCommand<RunsListCommand>("list").WithDescription("List stored runs, newest first.");
                runs.AddCommand<RunsShowCommand>("show").WithDescription("Show a run's audit record and counts.");
                runs.AddCommand<RunsPruneCommand>("prune").WithDescription("Delete all but the newest runs.");
            });
            config.AddCommand<MutateCommand>("mutate")
                .WithDescription("Suite sensitivity: make passing answers unsafe (or benignly reworded) with mutation operators, score the mutants, report per operator how many the suite caught.")
                .WithExample("mutate")
                .WithExample("mutate", "--min-detection", "0.95", "--max-false-alarms", "0.02")
                .WithExample("mutate", "--results", "out/results.json", "--json");
            config.SetExceptionHandler((ex, _) => HandleException(ex, errors, debug));
        });

        return await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a console over <paramref name="writer"/>. Without a terminal (CI logs, pipes, tests) or with NO_COLOR
    /// set, output is plain text without ANSI codes and lines are never wrapped, so paths and messages stay greppable.
    /// </summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var plain = !terminal || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });
        if (plain)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }

    private static int HandleException(Exception ex, IAnsiConsole errors, bool debug)
    {
        switch (ex)
        {
            case CommandParseException or CommandRuntimeException:
                errors.MarkupLine("[red]error:[/] " + Markup.Escape(ex.Message));
                errors.MarkupLine("Run [bold]oncoanswer --help[/] for usage.");
                return ExitCodes.UsageError;
            case InputException input:
                Report.InputErrors(errors, input);
                return ExitCodes.UsageError;
            case OperationCanceledException:
                errors.MarkupLine("[yellow]cancelled[/]");
                return ExitCodes.Cancelled;
            default:
                errors.MarkupLine("[red]internal error:[/] " + Markup.Escape(ex.Message) + (debug ? "" : " (rerun with --debug for details)"));
                if (debug)
                {
                    errors.WriteException(ex);
                }

                return ExitCodes.RunErrors;
        }
    }
}
