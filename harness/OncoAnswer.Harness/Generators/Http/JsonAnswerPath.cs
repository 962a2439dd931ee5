using System.Globalization;
using System.Text.Json;

namespace OncoAnswer.Harness.Generators.Http;

/// <summary>
/// Where the answer text is in a response JSON: a JSON pointer (<c>/choices/0/message/content</c>) or a dotted
/// path (<c>choices.0.message.content</c>); numeric segments index arrays.
/// </summary>
public sealed class JsonAnswerPath
{
    private readonly string[] segments;

    /// <summary>Parses <paramref name="path"/>.</summary>
    public JsonAnswerPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Text = path;
        segments = path.StartsWith('/')
            ? [.. path[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))]
            : path.Split('.');
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>
    /// For an answer path into an OpenAI-shaped response (<c>choices/N/message/content</c> or <c>choices/N/text</c>),
    /// the path of that choice's <c>finish_reason</c>; otherwise null.
    /// </summary>
    public JsonAnswerPath? OpenAIFinishReason() =>
        segments is ["choices", _, "message", "content"] or ["choices", _, "text"]
            ? new JsonAnswerPath("/choices/" + segments[1] + "/finish_reason")
            : null;

    /// <summary>Finds the string the path points to; null with <paramref name="problem"/> set when it is absent or not text.</summary>
    public string? Find(JsonElement root, out string? problem)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                problem = $"the response JSON has no '{segment}' on the answer path '{Text}'";
                return null;
            }
        }

        problem = current.ValueKind == JsonValueKind.String ? null : $"the answer path '{Text}' points to {current.ValueKind.ToString().ToLowerInvariant()}, not text";
        return problem is null ? current.GetString() : null;
    }
}
