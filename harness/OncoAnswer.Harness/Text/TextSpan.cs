namespace OncoAnswer.Harness.Text;

/// <summary>A span of an answer's text, in UTF-16 code units: what evidence points at.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The first position after the span.</summary>
    public int End => Start + Length;
}
