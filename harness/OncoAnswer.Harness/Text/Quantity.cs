namespace OncoAnswer.Harness.Text;

/// <summary>A number with its unit as written in a text ("600 mg", "3-year", "84%"), for comparing doses and figures.</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">The normalised unit ("mg", "%", "year", …), or "" for a bare number.</param>
/// <param name="Token">Index of the number's token.</param>
/// <param name="Span">Where the number and its unit stand in the text.</param>
internal readonly record struct Quantity(double Value, string Unit, int Token, TextSpan Span);
