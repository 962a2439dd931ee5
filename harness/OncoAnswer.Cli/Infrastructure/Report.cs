using OncoAnswer.Harness.Scenarios;
using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>Shared console renderings of harness errors.</summary>
internal static class Report
{
    /// <summary>Prints every input error on its own line, file:line:column first, so editors and CI logs link to it.</summary>
    public static void InputErrors(IAnsiConsole console, InputException ex)
    {
        var count = ex.Errors.Count;
        console.MarkupLine($"[red]error:[/] {count} input error{(count == 1 ? "" : "s")}:");
        foreach (var error in ex.Errors)
        {
            console.MarkupLine("  " + Markup.Escape(error.ToString()));
        }
    }
}
