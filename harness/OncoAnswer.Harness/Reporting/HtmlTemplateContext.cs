using System.Net;
using Scriban;
using Scriban.Parsing;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// A Scriban context that HTML-encodes every value a template writes with <c>{{ … }}</c>. Literal template
/// text is written as is. Escaping by default means a template author cannot forget it: answer text holding
/// <c>&lt;script&gt;</c>, <c>onerror=</c> or <c>{{ }}</c> is always written inert, in elements and attributes alike.
/// Only <see cref="RawHtml"/> values, built by the writer itself, pass unencoded.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            return Write(raw.Html);
        }

        var text = textAsObject is null ? "" : ObjectToString(textAsObject);
        return Write(WebUtility.HtmlEncode(text));
    }
}
