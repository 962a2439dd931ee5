using System.Globalization;
using System.Text;
using System.Xml;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Writes a run as JUnit XML for CI test tabs: one <c>testsuite</c> per suite, one <c>testcase</c> per scenario ×
/// generator (× repetition); a failed verdict is a <c>failure</c> whose message lists the failed metrics with their
/// reasons, an error verdict an <c>error</c>. Characters XML cannot carry are replaced, so any answer gives a valid file.
/// </summary>
public static class JUnitWriter
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> (via a uniquely named temporary file).</summary>
    public static void Write(RunResult run, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(run, stream));
    }

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "oncoanswer " + run.Run.Id);

        // First pass: counts per suite (small), so each testsuite element can open with its totals. When every suite's
        // results come together (a stored run reads them in plan order) the second pass streams; otherwise group in memory.
        var total = default(Tally);
        var suites = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var contiguous = true;
        string? last = null;
        foreach (var r in run.Results)
        {
            total = total.Add(r);
            var known = suites.TryGetValue(r.Suite, out var tally);
            contiguous &= !known || string.Equals(last, r.Suite, StringComparison.Ordinal);
            suites[r.Suite] = tally.Add(r);
            last = r.Suite;
        }

        Counts(w, total);
        var repeated = run.Run.Repeat > 1;
        if (contiguous)
        {
            string? open = null;
            foreach (var r in run.Results)
            {
                if (!string.Equals(open, r.Suite, StringComparison.Ordinal))
                {
                    if (open is not null)
                    {
                        w.WriteEndElement();
                    }

                    StartSuite(w, run, r.Suite, suites[r.Suite]);
                    open = r.Suite;
                }

                WriteCase(w, r, repeated);
            }

            if (open is not null)
            {
                w.WriteEndElement();
            }
        }
        else
        {
            foreach (var suite in run.Results.GroupBy(r => r.Suite, StringComparer.Ordinal))
            {
                StartSuite(w, run, suite.Key, suites[suite.Key]);
                foreach (var r in suite)
                {
                    WriteCase(w, r, repeated);
                }

                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteCase(XmlWriter w, ScenarioResult r, bool repeated)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", Clean($"{r.Suite}.{r.Generator}"));
        w.WriteAttributeString("name", Clean(r.ScenarioId + (r.Variant.Length > 0 ? $" [{r.Variant}]" : "") + (repeated ? string.Create(CultureInfo.InvariantCulture, $" #{r.Attempt}") : "")));
        w.WriteAttributeString("time", ((r.LatencyMs ?? 0) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture));
        if (r.Verdict == Verdict.Fail)
        {
            var failed = r.Metrics.Where(m => m.Failed).ToList();
            w.WriteStartElement("failure");
            w.WriteAttributeString("message", Clean(ResultReasons.Join(failed.Select(m => $"{m.Id}: {m.Reason}"))));
            w.WriteAttributeString("type", "fail");
            w.WriteString(Clean(string.Join("\n", failed.Select(m => $"{m.Id} = {Value(m.Value)}: {m.Reason}"))));
            w.WriteEndElement();
        }
        else if (r.Verdict == Verdict.Review)
        {
            // A review is a failure to CI: JUnit has no "undecided", and a skipped or passing case would let a pipeline
            // go green on an answer nobody has judged. The type and the message prefix say it is a review, not a fail.
            var undecided = r.Metrics.Where(m => m.Review is not null).ToList();
            w.WriteStartElement("failure");
            w.WriteAttributeString("message", Clean("review: " + ResultReasons.Join(undecided.Select(m => $"{m.Id}: {m.Review}"))));
            w.WriteAttributeString("type", "review");
            w.WriteString(Clean(string.Join("\n", undecided.Select(m => $"{m.Id} = {Value(m.Value)}: needs review ({m.Review}); {m.Reason}"))));
            w.WriteEndElement();
        }
        else if (r.Verdict == Verdict.Error)
        {
            w.WriteStartElement("error");
            w.WriteAttributeString("message", Clean(r.Error ?? "error"));
            w.WriteAttributeString("type", "error");
            w.WriteEndElement();
        }

        if (r.Answer is not null)
        {
            w.WriteElementString("system-out", Clean(r.Answer));
        }

        w.WriteEndElement();
    }

    private static void StartSuite(XmlWriter w, RunResult run, string name, Tally tally)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", Clean(name));
        w.WriteAttributeString("timestamp", run.Run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        Counts(w, tally);
    }

    private static void Counts(XmlWriter w, Tally tally)
    {
        w.WriteAttributeString("tests", tally.Tests.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", tally.Failures.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", tally.Errors.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("skipped", "0");
        w.WriteAttributeString("time", (tally.LatencyMs / 1000.0).ToString("0.###", CultureInfo.InvariantCulture));
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || !XmlConvert.IsXmlChar(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private readonly record struct Tally(int Tests, int Failures, int Errors, long LatencyMs)
    {
        public Tally Add(ScenarioResult r) => new(
            Tests + 1,
            Failures + (r.Verdict is Verdict.Fail or Verdict.Review ? 1 : 0),
            Errors + (r.Verdict == Verdict.Error ? 1 : 0),
            LatencyMs + (r.LatencyMs ?? 0));
    }
}
