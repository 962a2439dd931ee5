using System.Globalization;
using System.Reflection;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;
using Scriban;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Renders a run into one self-contained HTML file with the Scriban template <c>reports/templates/report.html.sbn</c>
/// (embedded in the harness; a folder of templates can replace it). Every value is HTML-encoded by
/// <see cref="HtmlTemplateContext"/>; evidence spans of failed and passed metrics are marked in the answer.
/// </summary>
public sealed class HtmlReportWriter
{
    private const string ResourcePrefix = "OncoAnswer.Templates.";
    private readonly Template template;

    /// <summary>Creates a writer using the bundled template, or <c>report.html.sbn</c> from <paramref name="templateFolder"/>.</summary>
    public HtmlReportWriter(string? templateFolder = null)
    {
        var name = "report.html.sbn";
        var text = templateFolder is null ? ReadEmbedded(name) : File.ReadAllText(Path.Combine(templateFolder, name));
        template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new InputException(template.Messages.Select(m =>
                new InputError(new SourceLocation(name, m.Span.Start.Line + 1, m.Span.Start.Column + 1), m.Message)).ToList());
        }
    }

    /// <summary>Renders <paramref name="run"/> to <paramref name="path"/> (written via a temporary file).</summary>
    public void Write(RunResult run, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var html = Render(run);
        var temp = path + ".tmp";
        File.WriteAllText(temp, html);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Renders <paramref name="run"/> to an HTML string.</summary>
    public string Render(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var globals = new ScriptObject
        {
            ["run"] = RunModel(run),
            ["css"] = new RawHtml(ReadEmbedded("report.css")),
        };
        var context = new HtmlTemplateContext
        {
            MemberRenamer = member => member.Name,
            LoopLimit = 0,
            LimitToString = 0,
            StrictVariables = true,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static ScriptObject RunModel(RunResult run)
    {
        var outcome = Gate.Evaluate(run);
        var results = new ScriptArray();
        foreach (var r in run.Results.OrderBy(r => r.Verdict switch { Verdict.Error => 0, Verdict.Fail => 1, _ => 2 })
                     .ThenBy(r => r.Suite, StringComparer.Ordinal).ThenBy(r => r.ScenarioId, StringComparer.Ordinal).ThenBy(r => r.Generator, StringComparer.Ordinal))
        {
            results.Add(ResultModel(r));
        }

        return new ScriptObject
        {
            ["id"] = run.Run.Id,
            ["started_at"] = run.Run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
            ["finished_at"] = run.Run.FinishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
            ["suites"] = string.Join(", ", run.Run.Suites),
            ["generators"] = string.Join(", ", run.Run.Generators),
            ["harness_version"] = run.Run.HarnessVersion,
            ["cancelled"] = run.Run.Cancelled,
            ["planned"] = run.Planned,
            ["total"] = run.Results.Count,
            ["passed"] = run.Passed,
            ["failed"] = run.Failed,
            ["errors"] = run.Errors,
            ["pass_rate"] = run.Results.Count == 0 ? "n/a" : (100.0 * run.Passed / run.Results.Count).ToString("0.0", CultureInfo.InvariantCulture) + " %",
            ["outcome"] = VerdictNames.Of(outcome),
            ["results"] = results,
        };
    }

    private static ScriptObject ResultModel(ScenarioResult r)
    {
        var metrics = new ScriptArray();
        foreach (var m in r.Metrics)
        {
            metrics.Add(new ScriptObject
            {
                ["id"] = m.Id,
                ["value"] = m.Value switch
                {
                    null => "n/a",
                    bool b => b ? "yes" : "no",
                    double d => d.ToString("0.###", CultureInfo.InvariantCulture),
                    _ => Convert.ToString(m.Value, CultureInfo.InvariantCulture),
                },
                ["failed"] = m.Failed,
                ["reason"] = m.Reason,
                ["diagnostics"] = string.Join("; ", m.Diagnostics),
            });
        }

        var turns = new ScriptArray();
        foreach (var t in r.Turns)
        {
            turns.Add(new ScriptObject { ["role"] = t.Role == TurnRole.User ? "user" : "assistant", ["text"] = t.Text });
        }

        var evidence = r.Metrics.SelectMany(m => m.Evidence.Select(s => (s, m.Failed))).ToList();
        return new ScriptObject
        {
            ["scenario_id"] = r.ScenarioId,
            ["suite"] = r.Suite,
            ["category"] = r.Category,
            ["generator"] = r.Generator,
            ["verdict"] = VerdictNames.Of(r.Verdict),
            ["turns"] = turns,
            ["has_answer"] = r.Answer is not null,
            ["answer_segments"] = Segments(r.Answer ?? "", evidence),
            ["error"] = r.Error ?? "",
            ["metrics"] = metrics,
        };
    }

    /// <summary>Cuts the answer into plain and evidence segments so the template can mark evidence without building markup.</summary>
    private static ScriptArray Segments(string answer, List<(TextSpan Span, bool Failed)> evidence)
    {
        var marks = new int[answer.Length + 1]; // 0 none, 1 evidence, 2 evidence of a failed metric
        foreach (var (span, failed) in evidence)
        {
            var end = Math.Min(span.End, answer.Length);
            for (var i = Math.Max(0, span.Start); i < end; i++)
            {
                marks[i] = Math.Max(marks[i], failed ? 2 : 1);
            }
        }

        var segments = new ScriptArray();
        var start = 0;
        for (var i = 1; i <= answer.Length; i++)
        {
            if (i == answer.Length || marks[i] != marks[start])
            {
                segments.Add(new ScriptObject
                {
                    ["text"] = answer[start..i],
                    ["mark"] = marks[start] switch { 1 => "evidence", 2 => "evidence failed", _ => "" },
                });
                start = i;
            }
        }

        return segments;
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The bundled template '{name}' is missing from the harness assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
