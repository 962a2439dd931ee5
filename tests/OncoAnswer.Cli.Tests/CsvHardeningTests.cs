namespace OncoAnswer.Cli.Tests;

/// <summary>Issue 19 item 12: spreadsheet formula injection in <c>export csv</c> and path names in <c>import csv --suite</c>.</summary>
public sealed class CsvHardeningTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "oncoanswer-csv-" + Guid.NewGuid().ToString("N")[..12]);

    public CsvHardeningTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task ExportCsv_FormulaCells_AreNeutralisedAndImportRestoresThem()
    {
        var suite = Write("formula.yaml",
            "suite: formula\ncategory: benign\nscenarios:\n" +
            "  - id: f-1\n    turns: [{ user: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\" }]\n    expect: { disclaimer: optional }\n" +
            "  - id: f-2\n    turns: [{ user: \"@SUM(A1:A9)\" }]\n    patient: { diagnosis: \"+cmd|' /C calc'!A0\", notes: \"-2+3\" }\n    expect: { disclaimer: optional }\n");
        var csv = Path.Combine(dir, "out.csv");
        var yaml = Path.Combine(dir, "back.yaml");

        var export = await CliRunner.RunAsync(["export", "csv", "--suite", suite, "--out", csv]);
        var import = await CliRunner.RunAsync(["import", "csv", csv, "--suite", "formula", "--out", yaml]);

        Assert.True(export.ExitCode == ExitCodes.Passed, export.Errors);
        var cells = Cells(File.ReadAllText(csv));
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal));
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"click\")", cells);
        Assert.True(import.ExitCode == ExitCodes.Passed, import.Errors);
        var back = Harness.Scenarios.SuiteLoader.LoadPath(yaml).Single();
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"click\")", back.Scenarios[0].Turns[0].Text);
        Assert.Equal("@SUM(A1:A9)", back.Scenarios[1].Turns[0].Text);
        Assert.Equal("+cmd|' /C calc'!A0", back.Scenarios[1].Patient!.Diagnosis);
        Assert.Equal("-2+3", back.Scenarios[1].Patient!.Notes);
    }

    [Theory]
    [InlineData("../../../escaped")]
    [InlineData("/tmp/escaped")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    public async Task ImportCsv_SuiteNameThatIsAPath_IsAUsageErrorAndWritesNothing(string name)
    {
        var csv = Write("q.csv", "id,turns\nq-1,What is a tumour board?\n");
        var before = Directory.GetFiles(Path.GetTempPath(), "escaped*").Length;

        var result = await CliRunner.RunAsync(["import", "csv", csv, "--suite", name]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--suite NAME must be a plain suite name", result.Errors, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "escaped*").Length);
    }

    // Cells of a CSV text (quotes honoured), enough to look at each cell's first character.
    private static List<string> Cells(string text)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        return cells;
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
