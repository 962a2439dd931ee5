using System.Reflection;
using OncoAnswer.Harness.Scenarios;
using Scriban;

namespace OncoAnswer.Harness.Reporting.Html;

/// <summary>
/// The report's templates and assets: the ones bundled in the harness (from reports/templates), or a folder given
/// by the user; a file missing from that folder falls back to the bundled one, so a team can override one partial.
/// Template syntax errors are reported with file:line:column.
/// </summary>
internal sealed class TemplateSet
{
    private const string ResourcePrefix = "OncoAnswer.Templates.";
    private readonly string? folder;
    private readonly Dictionary<string, Template> parsed = new(StringComparer.Ordinal);

    public TemplateSet(string? folder)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InputException(new SourceLocation(folder, 0, 0), "template folder not found; pass an existing folder to --template-dir.");
        }

        this.folder = folder;
    }

    public Template Template(string name)
    {
        if (parsed.TryGetValue(name, out var template))
        {
            return template;
        }

        var (text, path) = Read(name);
        template = Scriban.Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new InputException(template.Messages.Select(m =>
                new InputError(new SourceLocation(path, m.Span.Start.Line + 1, m.Span.Start.Column + 1), m.Message)).ToList());
        }

        parsed[name] = template;
        return template;
    }

    public string Asset(string name) => Read(name).Text;

    private (string Text, string Path) Read(string name)
    {
        if (folder is not null)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return (File.ReadAllText(path), path);
            }
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The bundled report file '{name}' is missing from the harness assembly.");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "reports/templates/" + name);
    }
}
