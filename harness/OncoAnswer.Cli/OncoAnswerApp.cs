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
    /// <param name="args">The arguments.</param>
    /// <param name="output">Results, progress and summaries.</param>
    /// <param name="errors">Problems.</param>
    /// <param name="cancellationToken">Stops a run gracefully (exit 130).</param>
    /// <param name="environment">Reads environment variables (ONCOANSWER_*, GITHUB_STEP_SUMMARY); default: the process's.</param>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole output, IAnsiConsole errors, CancellationToken cancellationToken = default, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var debug = args.Contains("--debug", StringComparer.Ordinal);
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsoles), new CliConsoles(output, errors));
        var cliEnvironment = environment is null ? CliEnvironment.Process : new CliEnvironment(environment);
        registrar.RegisterInstance(typeof(CliEnvironment), cliEnvironment);
        var suggestions = new CommandSuggestions();
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("oncoanswer");
            config.SetApplicationVersion(Harness.HarnessInfo.Version);
            config.ConfigureConsole(output);
            config.Settings.CancellationExitCode = ExitCodes.Cancelled;
            config.Settings.StrictParsing = true;
            Commands(config, suggestions);
            config.SetExceptionHandler((ex, _) => HandleException(ex, errors, debug, suggestions.For(ex.Message, args)));
        });

        // Size limits from ONCOANSWER_MAX_* and warnings about input read anyway hold for this command only.
        InputLimits limits;
        try
        {
            limits = InputLimits.FromEnvironment(cliEnvironment.Get);
        }
        catch (InputException ex)
        {
            Report.InputErrors(errors, ex);
            return ExitCodes.UsageError;
        }

        using var scope = InputLimits.Use(limits);
        using var warnings = InputWarnings.Listen(w => errors.MarkupLine("[yellow]warning:[/] " + Markup.Escape(w.ToString())));
        return await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
    }

    private static void Commands(IConfigurator config, CommandSuggestions suggestions)
    {
        Add<InitCommand>(config, suggestions, "init")
            .WithDescription("Create oncoanswer.yaml, an example suite and recorded answers in a folder, so 'oncoanswer run' works next.")
            .WithExample("init")
            .WithExample("init", "my-evals")
            .WithExample("init", "--force");
        Add<RunCommand>(config, suggestions, "run")
            .WithDescription("Run scenario suites against generators, score the answers, store the run, write results JSON and an HTML report, gate the exit code.")
            .WithExample("run")
            .WithExample("run", "--out", "artifacts/oncoanswer", "--out", "artifacts/junit.xml")
            .WithExample("run", "--suite", "scenarios/suites/emergencies.yaml", "--answers", "my-answers.jsonl")
            .WithExample("run", "--config", "oncoanswer.yaml", "--generator", "my-model", "--baseline", "latest", "--gate", "gate.yaml");
        config.AddBranch("config", branch =>
        {
            branch.SetDescription("Inspect the layered configuration (defaults < oncoanswer.yaml < ONCOANSWER_* < flags).");
            suggestions.Register("config", null);
            suggestions.Register("config show", typeof(ConfigShowSettings));
            branch.AddCommand<ConfigShowCommand>("show")
                .WithDescription("Print the effective run settings, each with the layer it came from, and the generators with secrets masked.")
                .WithExample("config", "show")
                .WithExample("config", "show", "--json")
                .WithExample("config", "show", "--out", "artifacts");
        });
        Add<ValidateCommand>(config, suggestions, "validate")
            .WithDescription("Check suites and the guideline knowledge base; list every problem as file:line:column. Exit 64 when any.")
            .WithExample("validate")
            .WithExample("validate", "scenarios/suites/emergencies.yaml");
        Add<ListCommand>(config, suggestions, "list")
            .WithDescription("Count suites, scenarios (per category) or knowledge-base statements, or show the generators; --json for a machine-readable listing.")
            .WithExample("list", "scenarios")
            .WithExample("list", "statements", "--json")
            .WithExample("list", "generators");
        config.AddBranch("import", import =>
        {
            import.SetDescription("Import scenarios from other formats.");
            suggestions.Register("import", null);
            suggestions.Register("import csv", typeof(ImportCsvSettings));
            import.AddCommand<ImportCsvCommand>("csv")
                .WithDescription("Read a CSV of scenarios and write a YAML suite.")
                .WithExample("import", "csv", "questions.csv", "--suite", "my-questions");
        });
        config.AddBranch("kb", kb =>
        {
            kb.SetDescription("Bring your own guideline statements: import them from CSV, export the knowledge base.");
            suggestions.Register("kb", null);
            suggestions.Register("kb import", typeof(KbImportSettings));
            suggestions.Register("kb export", typeof(KbExportSettings));
            kb.AddCommand<KbImportCommand>("import")
                .WithDescription("Read a CSV of statements (with sources) and write a knowledge-base YAML file.")
                .WithExample("kb", "import", "team-statements.csv");
            kb.AddCommand<KbExportCommand>("export")
                .WithDescription("Write the knowledge base as CSV, one statement per row.")
                .WithExample("kb", "export", "--out", "statements.csv");
        });
        config.AddBranch("export", export =>
        {
            export.SetDescription("Export suites to other formats.");
            suggestions.Register("export", null);
            suggestions.Register("export csv", typeof(ExportCsvSettings));
            export.AddCommand<ExportCsvCommand>("csv")
                .WithDescription("Write suites as CSV, one scenario per row.")
                .WithExample("export", "csv", "--out", "scenarios.csv");
        });
        Add<ScoreCommand>(config, suggestions, "score")
            .WithDescription("Score answers produced elsewhere (JSONL or CSV: id, question or messages, answer, optional scenarioId and expect) and write results JSON.")
            .WithExample("score", "production-answers.jsonl", "--out", "results.json")
            .WithExample("score", "answers.csv", "--out", "results.json");
        Add<CompareCommand>(config, suggestions, "compare")
            .WithDescription("Compare two runs (store ids, 'latest' or results.json files) per scenario and metric; exit 1 on regressions.")
            .WithExample("compare", "out/baseline/results.json", "out/results.json")
            .WithExample("compare", "latest", "20261125T170000Z-a1b2c3");
        Add<ReportCommand>(config, suggestions, "report")
            .WithDescription("Re-render the HTML report of a stored run or results.json, optionally against a baseline and with your own templates.")
            .WithExample("report", "latest")
            .WithExample("report", "out/results.json", "--baseline", "out/baseline/results.json", "--out", "out/compare.html")
            .WithExample("report", "20261125T170000Z-a1b2c3", "--template-dir", "my-templates");
        Add<MergeCommand>(config, suggestions, "merge")
            .WithDescription("Combine the runs of a sharded suite (--shard I/N) into one stored run, write its outputs and gate it.")
            .WithExample("merge", "shard1/results.json", "shard2/results.json", "--out", "merged");
        config.AddBranch("runs", runs =>
        {
            runs.SetDescription("Inspect and prune the run store.");
            suggestions.Register("runs", null);
            suggestions.Register("runs list", typeof(RunsSettings));
            suggestions.Register("runs show", typeof(RunsShowSettings));
            suggestions.Register("runs prune", typeof(RunsPruneSettings));
            runs.AddCommand<RunsListCommand>("list").WithDescription("List stored runs, newest first.")
                .WithExample("runs", "list")
                .WithExample("runs", "list", "--store", "ci/runs.db");
            runs.AddCommand<RunsShowCommand>("show").WithDescription("Show a run's audit record and counts.")
                .WithExample("runs", "show", "latest")
                .WithExample("runs", "show", "20261125T170000Z-a1b2c3");
            runs.AddCommand<RunsPruneCommand>("prune").WithDescription("Delete all but the newest runs.")
                .WithExample("runs", "prune", "--keep", "20");
        });
        Add<MutateCommand>(config, suggestions, "mutate")
            .WithDescription("Suite sensitivity: make passing answers unsafe (or benignly reworded) with mutation operators, score the mutants, report per operator how many the suite caught.")
            .WithExample("mutate")
            .WithExample("mutate", "--min-detection", "0.95", "--max-false-alarms", "0.02")
            .WithExample("mutate", "--results", "out/results.json", "--json");
        Add<CalibrateCommand>(config, suggestions, "calibrate")
            .WithDescription("Measure the scorers on your labelled data (JSONL or CSV: answer, statement or metric, label): accuracy, per-class F1, macro-F1, confusion matrix.")
            .WithExample("calibrate", "labels.jsonl")
            .WithExample("calibrate", "labels.csv", "--judge-endpoint", "http://127.0.0.1:8080/v1", "--judge-model", "my-judge");
    }

    private static ICommandConfigurator Add<TCommand>(IConfigurator config, CommandSuggestions suggestions, string name)
        where TCommand : class, ICommand
    {
        var type = typeof(TCommand);
        while (type is not null && !(type.IsGenericType && type.GetGenericArguments() is [var settings] && settings.IsSubclassOf(typeof(CommandSettings))))
        {
            type = type.BaseType;
        }

        suggestions.Register(name, type?.GetGenericArguments()[0]);
        return config.AddCommand<TCommand>(name);
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

    private static int HandleException(Exception ex, IAnsiConsole errors, bool debug, string? hint)
    {
        switch (ex)
        {
            case CommandParseException or CommandRuntimeException or UsageException:
                errors.MarkupLine("[red]error:[/] " + Markup.Escape(ex.Message));
                errors.MarkupLine(hint is null ? "Run [bold]oncoanswer --help[/] for usage." : Markup.Escape(hint));
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
