using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Parses a YAML file into its root mapping, turning every way parsing can fail into one positioned
/// <see cref="InputError"/>: tab indentation (which YamlDotNet reports at 1:1) at its real line, syntax errors at
/// their mark, and position-less parser failures at the last good event.
/// </summary>
internal static class YamlDocuments
{
    /// <summary>Returns the root mapping, or null after adding the reason to <paramref name="errors"/>.</summary>
    public static YamlMappingNode? LoadRoot(string file, string yaml, List<InputError> errors)
    {
        var tabs = TabIndentation(file, yaml);
        if (tabs.Count > 0)
        {
            errors.AddRange(tabs);
            return null;
        }

        var stream = new YamlStream();
        using var text = new StringReader(yaml);
        var parser = new TrackingParser(new Parser(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(file, checked((int)ex.Start.Line), checked((int)ex.Start.Column));
            errors.Add(new InputError(location, $"YAML syntax error: {Clean(ex)}. Check indentation and quoting on this line or the one before."));
            return null;
        }
        catch (YamlDepthException ex)
        {
            var location = new SourceLocation(file, checked((int)ex.At.Line), checked((int)ex.At.Column));
            errors.Add(new InputError(location, $"the YAML nests lists and mappings deeper than {TrackingParser.MaxDepth} levels here; no OncoAnswer file needs that many. Flatten it (is this the right file?)."));
            return null;
        }
        catch (InvalidOperationException)
        {
            var location = new SourceLocation(file, checked((int)parser.LastGood.Line), checked((int)parser.LastGood.Column));
            errors.Add(new InputError(location, "YAML syntax error after this point: a '[' or '{' is probably not closed. Close it or write the list in block style."));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var location = stream.Documents.Count == 0
                ? new SourceLocation(file, 1, 1)
                : new SourceLocation(file, checked((int)stream.Documents[0].RootNode.Start.Line), checked((int)stream.Documents[0].RootNode.Start.Column));
            errors.Add(new InputError(location, "the file must be a YAML mapping (key: value lines) at the top level."));
            return null;
        }

        return root;
    }

    private static List<InputError> TabIndentation(string file, string yaml)
    {
        var errors = new List<InputError>();
        var line = 1;
        var lineStart = 0;
        var atLineStart = true;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                errors.Add(new InputError(new SourceLocation(file, line, i - lineStart + 1), "a tab is used for indentation; YAML needs spaces. Replace the tab with spaces."));
                atLineStart = false;
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }
        }

        return errors;
    }

    private static string Clean(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...)": the location is reported separately.
        var message = ex.Message;
        var dash = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (dash >= 0 ? message[(dash + 3)..] : message).TrimEnd('.');
    }
}
