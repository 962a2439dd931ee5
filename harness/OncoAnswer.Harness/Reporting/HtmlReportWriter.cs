using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OncoAnswer.Harness.Reporting.Html;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Renders a run into one self-contained HTML file from the Scriban templates under reports/templates (a layout and
/// one partial per view). CSS and script are inline; the Content-Security-Policy allows no remote load and only the
/// report's own script (by hash). Server-side values are HTML-encoded by <see cref="HtmlTemplateContext"/>; the case
/// data is embedded once as escaped JSON and rendered lazily by the script with text nodes only. With
/// <see cref="HtmlReportOptions.Sensitivity"/> the report gains a Sensitivity view (sensitivity.sbn).
/// </summary>
public sealed class HtmlReportWriter
{
    private static readonly string[] Views = ["review", "overview", "cases", "comparison", "history", "audit", "sensitivity"];
    private readonly HtmlReportOptions options;
    private readonly TemplateSet templates;

    /// <summary>Creates a writer; templates come from the harness unless <see cref="HtmlReportOptions.TemplateFolder"/> overrides them.</summary>
    public HtmlReportWriter(HtmlReportOptions? options = null)
    {
        this.options = options ?? new HtmlReportOptions();
        templates = new TemplateSet(this.options.TemplateFolder);
        foreach (var view in Views)
        {
            templates.Template(view + ".sbn"); // report template errors before any run is rendered
        }

        templates.Template("layout.html.sbn");
    }

    /// <summary>Renders <paramref name="run"/> to <paramref name="path"/> (written via a temporary file).</summary>
    public void Write(RunResult run, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.WriteText(path, Render(run));
    }

    /// <summary>Renders <paramref name="run"/> to an HTML string; equal runs give equal text in every culture.</summary>
    public string Render(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var ordered = run.Results
            .OrderBy(r => ResultReasons.Rank(r.Verdict))
            .ThenBy(r => r.Suite, StringComparer.Ordinal)
            .ThenBy(r => r.ScenarioId, StringComparer.Ordinal)
            .ThenBy(r => r.Generator, StringComparer.Ordinal)
            .ToList();
        var overview = ReportOverview.Of(run);
        var (data, encoding) = ReportData.Build(ordered, options.KnowledgeBase);
        var script = templates.Asset("report.js");
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("report.js must not contain '</script'.");
        }

        var comparison = options.Gate?.Baseline ?? (options.Baseline is null ? null : RunComparer.Compare(options.Baseline, run));
        var globals = new ScriptObject
        {
            ["run"] = RunModel(run, overview, ordered, options.Gate?.Outcome ?? Gate.Evaluate(run)),
            ["overview"] = OverviewModel(overview),
            ["comparison"] = comparison is null ? null : ComparisonModel.Build(comparison, run, options.Baseline),
            ["history"] = options.History.Count == 0 ? null : HistoryModel.Build(options.History, run.Run.Id),
            ["audit"] = AuditModel.Build(run.Run, options.Gate, options.GateConfig),
            ["sensitivity"] = options.Sensitivity is null ? null : SensitivityModel.Of(options.Sensitivity),
            ["review"] = ReviewModel(ordered),
            ["data"] = new RawHtml(data),
            ["data_encoding"] = encoding,
            ["metric_catalogue"] = new RawHtml(MetricCatalogueJson.Text),
            ["css"] = new RawHtml(templates.Asset("report.css")),
            ["js"] = new RawHtml(script),
            ["js_hash"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))),
        };

        // Views without data (no baseline, no stored history, no mutation run) are left out rather than shown empty.
        var views = new ScriptArray();
        foreach (var view in Views.Where(v => globals[v] is not null || v is "overview" or "cases"))
        {
            views.Add(new ScriptObject
            {
                ["id"] = view,
                ["title"] = Title(view, run),
                ["html"] = new RawHtml(RenderTemplate(view + ".sbn", globals)),
            });
        }

        globals["views"] = views;
        return RenderTemplate("layout.html.sbn", globals);
    }

    private static string Title(string view, RunResult run) => view switch
    {
        "cases" => string.Create(CultureInfo.InvariantCulture, $"Cases ({run.Results.Count})"),
        "review" => string.Create(CultureInfo.InvariantCulture, $"Review ({run.Reviews})"),
        _ => char.ToUpperInvariant(view[0]) + view[1..],
    };

    private string RenderTemplate(string name, ScriptObject globals)
    {
        var context = new HtmlTemplateContext { LoopLimit = 0, LimitToString = 0, StrictVariables = true };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return templates.Template(name).Render(context);
    }

    /// <summary>The review view's rows (review cases first, as ordered), or null when there is none so the view is left out.</summary>
    private static ScriptArray? ReviewModel(List<ScenarioResult> ordered)
    {
        var rows = new ScriptArray();
        foreach (var r in ordered.Where(r => r.Verdict == Verdict.Review))
        {
            var metrics = new ScriptArray();
            foreach (var m in r.Metrics.Where(m => m.Review is not null))
            {
                metrics.Add(new ScriptObject { ["id"] = m.Id, ["why"] = m.Review + " — " + m.Reason });
            }

            rows.Add(new ScriptObject
            {
                ["id"] = r.ScenarioId,
                ["generator"] = r.Generator,
                ["category"] = r.Category,
                ["question"] = Text.BidiControls.Visible(r.Turns.LastOrDefault(t => t.Role == TurnRole.User)?.Text ?? ""),
                ["metrics"] = metrics,
            });
        }

        return rows.Count == 0 ? null : rows;
    }

    private static ScriptObject RunModel(RunResult run, ReportOverview overview, List<ScenarioResult> ordered, GateOutcome outcome)
    {
        var record = run.Run;
        return new ScriptObject
        {
            ["id"] = record.Id,
            ["started_at"] = Time(record.StartedAt),
            ["finished_at"] = Time(record.FinishedAt),
            ["suites"] = string.Join(", ", record.Suites),
            ["generators"] = string.Join(", ", record.Generators),
            ["harness_version"] = record.HarnessVersion,
            ["cancelled"] = record.Cancelled,
            ["planned"] = run.Planned,
            ["total"] = run.Results.Count,
            ["passed"] = run.Passed,
            ["failed"] = run.Failed,
            ["errors"] = run.Errors,
            ["reviews"] = run.Reviews,
            ["pass_rate"] = overview.Overall.Percent,
            ["outcome"] = VerdictNames.Of(outcome),
            ["categories"] = Names(ordered.Select(r => r.Category)),
            ["tags"] = Names(ordered.SelectMany(r => r.Tags)),
            ["metric_ids"] = Names(ordered.SelectMany(r => r.Metrics.Select(m => m.Id))),
            ["generators_list"] = Names(ordered.Select(r => r.Generator)),
        };
    }

    private static ScriptObject OverviewModel(ReportOverview overview) => new()
    {
        ["categories"] = Rates(overview.Categories),
        ["metrics"] = Rates(overview.Metrics),
        ["category_chart"] = SvgBarChart.Render("Pass rate per category", overview.Categories),
        ["metric_chart"] = SvgBarChart.Render("Pass rate per metric", overview.Metrics),
    };

    private static ScriptArray Rates(IReadOnlyList<Rate> rates)
    {
        var array = new ScriptArray();
        foreach (var rate in rates)
        {
            array.Add(new ScriptObject
            {
                ["name"] = rate.Name,
                ["total"] = rate.Total,
                ["passed"] = rate.Passed,
                ["failed"] = rate.Failed,
                ["errors"] = rate.Errors,
                ["percent"] = rate.Percent,
            });
        }

        return array;
    }

    private static ScriptArray Names(IEnumerable<string> names)
    {
        var array = new ScriptArray();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            array.Add(name);
        }

        return array;
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
