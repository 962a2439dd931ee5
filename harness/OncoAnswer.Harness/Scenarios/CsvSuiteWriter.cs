using System.Globalization;
using CsvHelper;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>Writes suites to the scenario CSV format (<see cref="CsvColumns"/>), one row per scenario, invariant culture.</summary>
public static class CsvSuiteWriter
{
    /// <summary>Writes the suites, header first, to <paramref name="writer"/>.</summary>
    public static void Write(IEnumerable<Suite> suites, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvFormats.Writer, leaveOpen: true);
        foreach (var column in CsvColumns.All)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (var suite in suites)
        {
            var first = true;
            foreach (var scenario in suite.Scenarios)
            {
                foreach (var cell in Row(suite, scenario, first))
                {
                    csv.WriteField(CsvFormula.Neutralise(cell));
                }

                csv.EndRecord();
                first = false;
            }
        }

        csv.Flush();
    }

    /// <summary>Renders the suites as CSV text.</summary>
    public static string Write(IEnumerable<Suite> suites)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(suites, writer);
        return writer.ToString();
    }

    private static IEnumerable<string> Row(Suite suite, Scenario scenario, bool first)
    {
        var expect = scenario.Expect;
        yield return suite.Name;
        yield return scenario.Id;
        yield return scenario.Category;
        yield return string.Join(", ", scenario.Tags);
        yield return Turns(scenario.Turns);
        yield return scenario.Patient?.Diagnosis ?? "";
        yield return scenario.Patient?.Stage ?? "";
        yield return scenario.Patient?.Treatment ?? "";
        yield return scenario.Patient?.Notes ?? "";
        yield return DisclaimerPolicy.Name(expect.Disclaimer);
        yield return expect.Kind ?? "";
        yield return string.Join(", ", expect.MustHave);
        yield return string.Join(", ", expect.MustNot);
        yield return expect.MinCoverage is { } min ? min.ToString("0.###", CultureInfo.InvariantCulture) : "";
        yield return string.Join("\n", expect.Rubric.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Points} | {string.Join(", ", c.Tags)} | {c.Criterion}")));
        yield return string.Join(", ", scenario.Variants);
        yield return first ? suite.SystemPrompt ?? "" : "";
    }

    private static string Turns(IReadOnlyList<Turn> turns) =>
        turns is [{ Role: TurnRole.User } only] && !CsvTurns.LooksPrefixed(only.Text)
            ? only.Text
            : string.Join("\n", turns.Select(t => (t.Role == TurnRole.User ? "user: " : "assistant: ") + t.Text));
}
