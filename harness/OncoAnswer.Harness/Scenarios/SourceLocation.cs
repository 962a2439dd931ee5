using System.Globalization;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>A position in an input file (1-based line and column).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats as <c>file:line:column</c>, the form editors and CI logs link to.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
