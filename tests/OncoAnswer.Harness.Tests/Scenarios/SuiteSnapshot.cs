using System.Text.Json;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Tests.Scenarios;

/// <summary>
/// Renders the supported, user-visible fields of suites as JSON (no file positions), so two suites read from
/// different formats can be compared for equality with a readable diff.
/// </summary>
internal static class SuiteSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(IEnumerable<Suite> suites) => JsonSerializer.Serialize(suites.Select(Project), Options);

    public static string Of(Suite suite) => Of([suite]);

    private static object Project(Suite suite) => new
    {
        suite.Name,
        suite.SystemPrompt,
        Scenarios = suite.Scenarios.Select(s => new
        {
            s.Id,
            s.Suite,
            s.Category,
            s.Tags,
            Turns = s.Turns.Select(t => new { Role = t.Role.ToString(), t.Text }),
            s.Patient,
            Disclaimer = s.Expect.Disclaimer.ToString(),
            s.Expect.Kind,
            s.Expect.MustHave,
            s.Expect.MustNot,
            Rubric = s.Expect.Rubric.Select(c => new { c.Criterion, c.Points, c.Tags }),
            s.Variants,
        }),
    };
}
