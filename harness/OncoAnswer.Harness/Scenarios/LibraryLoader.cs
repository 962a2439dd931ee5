using System.Text.RegularExpressions;
using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Loads a mix of suite and knowledge-base files (folders are searched recursively for <c>*.yaml</c>/<c>*.yml</c>):
/// a file whose top level has <c>statements:</c> is knowledge base, any other is a suite. Nothing throws: every
/// problem of every file is collected, of every kind (a file with schema errors is still checked for references), and
/// sorted by file, line and column, so <c>validate</c> can list them all at once. A <c>*.csv</c> file given by
/// name is read as scenario rows (<see cref="CsvSuiteReader"/>).
/// </summary>
public static partial class LibraryLoader
{
    /// <summary>Loads <paramref name="paths"/>; when they hold no knowledge-base file, <paramref name="defaultGuidelines"/> is used for reference checks.</summary>
    public static LibraryLoadResult Load(IEnumerable<string> paths, string? defaultGuidelines = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<InputError>();
        var suiteFiles = new List<string>();
        var csvFiles = new List<string>();
        var guidelineFiles = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    errors.Add(new InputError(new SourceLocation(path, 0, 0), "no *.yaml files in this folder; pass suite or knowledge-base files."));
                }

                files.ForEach(f => (IsKnowledgeBase(f) ? guidelineFiles : suiteFiles).Add(f));
            }
            else if (File.Exists(path) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                csvFiles.Add(path);
            }
            else if (File.Exists(path))
            {
                (IsKnowledgeBase(path) ? guidelineFiles : suiteFiles).Add(path);
            }
            else
            {
                errors.Add(new InputError(new SourceLocation(path, 0, 0), "no such file or folder; check the path."));
            }
        }

        var suites = SuiteLoader.LoadFiles(suiteFiles, errors);
        foreach (var csv in csvFiles)
        {
            suites.AddRange(Catch(() => CsvSuiteReader.ReadAll(csv, InputFiles.ReadText(csv)), errors) ?? []);
        }
        KnowledgeBase? knowledgeBase = null;
        if (guidelineFiles.Count > 0)
        {
            knowledgeBase = Catch(() => KnowledgeBaseLoader.LoadFiles(guidelineFiles), errors);
        }
        else if (defaultGuidelines is not null && suiteFiles.Count + csvFiles.Count > 0)
        {
            knowledgeBase = Catch(() => KnowledgeBaseLoader.LoadPath(defaultGuidelines), errors);
        }

        if (knowledgeBase is not null)
        {
            errors.AddRange(LibraryValidator.Check(suites, knowledgeBase));
        }

        return new LibraryLoadResult(suites, knowledgeBase, suiteFiles.Count + csvFiles.Count + guidelineFiles.Count, InputError.Sorted(errors));
    }

    // A file over the input size limit is not read here: as a suite file it gets the size error without being read.
    private static bool IsKnowledgeBase(string file) =>
        new FileInfo(file).Length <= InputLimits.Current.MaxFileBytes && File.ReadLines(file).Any(line => StatementsKey().IsMatch(line));

    private static T? Catch<T>(Func<T> load, List<InputError> errors)
        where T : class
    {
        try
        {
            return load();
        }
        catch (InputException ex)
        {
            errors.AddRange(ex.Errors);
            return null;
        }
    }

    [GeneratedRegex(@"^statements\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex StatementsKey();
}
