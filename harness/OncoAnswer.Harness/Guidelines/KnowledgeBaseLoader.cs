using OncoAnswer.Harness.Scenarios;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Guidelines;

/// <summary>
/// Loads the guideline knowledge base from YAML files (<c>scenarios/guidelines/*.yaml</c>). Each file has a
/// <c>statements</c> list; each statement an <c>id</c>, <c>kind</c> (guideline | unsafe), <c>text</c>, <c>source</c>
/// { title, year, section } and optional <c>tags</c>, <c>key_terms</c>, <c>synonyms</c>. All errors of all files are
/// reported together with file:line:column.
/// </summary>
public static class KnowledgeBaseLoader
{
    private const string ResourcePrefix = "OncoAnswer.Guidelines.";
    private static readonly Lazy<KnowledgeBase> EmbeddedBase = new(LoadEmbedded);

    /// <summary>The knowledge base shipped inside the harness (a copy of scenarios/guidelines at build time).</summary>
    public static KnowledgeBase Embedded => EmbeddedBase.Value;

    /// <summary>Loads every <c>*.yaml</c> file of a folder (sorted) or one file.</summary>
    public static KnowledgeBase LoadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new InputException(new SourceLocation(path, 0, 0), "no such knowledge-base file or folder.");
        return LoadFiles(files);
    }

    /// <summary>Loads several files into one knowledge base; ids must be unique across them. All errors are reported together.</summary>
    public static KnowledgeBase LoadFiles(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var statements = new List<GuidelineStatement>();
        var errors = new List<InputError>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var statement in Parse(file, File.ReadAllText(file), errors))
            {
                if (!seen.TryAdd(statement.Id, statement.Location))
                {
                    errors.Add(new InputError(statement.Location, $"duplicate statement id '{statement.Id}' (first defined at {seen[statement.Id]}); ids must be unique."));
                    continue;
                }

                statements.Add(statement);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : new KnowledgeBase(statements);
    }

    /// <summary>Parses one file's text; <paramref name="file"/> names it in errors.</summary>
    public static KnowledgeBase Load(string file, string yaml)
    {
        var errors = new List<InputError>();
        var statements = Parse(file, yaml, errors);
        return errors.Count > 0 ? throw new InputException(errors) : new KnowledgeBase(statements);
    }

    private static List<GuidelineStatement> Parse(string file, string yaml, List<InputError> errors)
    {
        var statements = new List<GuidelineStatement>();
        var root = YamlDocuments.LoadRoot(file, yaml, errors);
        if (root is null)
        {
            return statements;
        }

        var r = new YamlNodeReader(file);
        var f = r.Fields(root, "the knowledge base file", "statements");
        if (!f.TryGetValue("statements", out var node) || node is not YamlSequenceNode list)
        {
            r.Error(root, "a knowledge-base file needs a 'statements' list.");
        }
        else
        {
            foreach (var item in list.Children)
            {
                var statement = ReadStatement(r, item);
                if (statement is not null)
                {
                    statements.Add(statement);
                }
            }
        }

        errors.AddRange(r.Errors);
        return statements;
    }

    private static GuidelineStatement? ReadStatement(YamlNodeReader r, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            r.Error(node, "each statement must be a mapping with id, kind, text and source.");
            return null;
        }

        var before = r.Errors.Count;
        var f = r.Fields(map, "a statement", "id", "kind", "text", "source", "tags", "key_terms", "synonyms", "scope", "review_by");
        var id = r.RequiredString(f, map, "id", "a statement");
        var what = id is null ? "a statement" : $"statement '{id}'";
        var kindText = r.RequiredString(f, map, "kind", what);
        var kind = kindText switch
        {
            "guideline" => StatementKind.Guideline,
            "unsafe" => StatementKind.Unsafe,
            null => StatementKind.Guideline,
            _ => Invalid(r, f["kind"], $"'kind' of {what} must be 'guideline' or 'unsafe', not '{kindText}'."),
        };
        var text = r.RequiredString(f, map, "text", what);
        StatementSource? source = null;
        if (!f.TryGetValue("source", out var sourceNode))
        {
            r.Error(map, $"{what} has no 'source'; add source: {{ title: ..., year: ..., section: ... }}.");
        }
        else if (sourceNode is not YamlMappingNode sourceMap)
        {
            r.Error(sourceNode, $"'source' of {what} must be a mapping with title, year and section.");
        }
        else
        {
            var sf = r.Fields(sourceMap, $"the source of {what}", "title", "year", "section", "strength");
            var title = r.RequiredString(sf, sourceMap, "title", $"the source of {what}");
            var year = r.RequiredString(sf, sourceMap, "year", $"the source of {what}");
            if (title is not null && year is not null)
            {
                source = new StatementSource(title, year, r.OptionalString(sf, "section", $"the source of {what}")) { Strength = r.OptionalString(sf, "strength", $"the source of {what}") };
            }
        }

        var scope = r.OptionalString(f, "scope", what);
        DateOnly? reviewBy = null;
        if (r.OptionalString(f, "review_by", what) is { } reviewText)
        {
            if (DateOnly.TryParseExact(reviewText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                reviewBy = date;
            }
            else
            {
                r.Error(f["review_by"], $"'review_by' of {what} must be a date written YYYY-MM-DD, not '{reviewText}'.");
            }
        }

        var tags = r.StringList(f, "tags", what);
        var keyTerms = r.StringList(f, "key_terms", what);
        var synonyms = r.StringList(f, "synonyms", what);
        return r.Errors.Count > before || id is null || text is null || source is null
            ? null
            : new GuidelineStatement(id, kind, text, source, tags, keyTerms, synonyms, r.At(map)) { Scope = scope, ReviewBy = reviewBy };
    }

    private static StatementKind Invalid(YamlNodeReader r, YamlNode node, string message)
    {
        r.Error(node, message);
        return StatementKind.Guideline;
    }

    private static KnowledgeBase LoadEmbedded()
    {
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        var statements = new List<GuidelineStatement>();
        var errors = new List<InputError>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            statements.AddRange(Parse("embedded:" + name[ResourcePrefix.Length..], reader.ReadToEnd(), errors));
        }

        return errors.Count > 0 ? throw new InputException(errors) : new KnowledgeBase(statements);
    }
}
