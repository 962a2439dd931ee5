using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OncoAnswer.Harness.Generators.Http;

/// <summary>
/// A Scriban context that writes every <c>{{ … }}</c> value as a JSON literal: text as a quoted, escaped string,
/// numbers and booleans as they are, lists and objects as JSON arrays and objects. A request-body template author
/// therefore cannot produce broken or injectable JSON from a patient's message, quotes and newlines included.
/// </summary>
internal sealed class JsonTemplateContext : TemplateContext
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Scriban's built-in functions, built once: a context made without them clones the whole set per request. They
    // are read-only; a template's own assignments go to the request's globals, never here.
    private static readonly ScriptObject Builtins = GetDefaultBuiltinObject();

    /// <summary>Creates a context over the shared built-in functions.</summary>
    public JsonTemplateContext()
        : base(Builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => Write(ToJson(textAsObject));

    private static string ToJson(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, Options),
        bool b => b ? "true" : "false",
        int or long or double or float or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        ScriptObject o => "{" + string.Join(",", o.Select(kv => JsonSerializer.Serialize(kv.Key, Options) + ":" + ToJson(kv.Value))) + "}",
        IDictionary d => "{" + string.Join(",", d.Keys.Cast<object>().Select(k => JsonSerializer.Serialize(Convert.ToString(k, CultureInfo.InvariantCulture), Options) + ":" + ToJson(d[k]))) + "}",
        IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(ToJson)) + "]",
        _ => JsonSerializer.Serialize(Convert.ToString(value, CultureInfo.InvariantCulture), Options),
    };
}
