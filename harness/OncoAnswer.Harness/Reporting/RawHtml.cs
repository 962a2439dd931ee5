namespace OncoAnswer.Harness.Reporting;

/// <summary>Markup the report writer built itself (CSS, SVG); the only value the template context does not encode.</summary>
internal sealed record RawHtml(string Html);
