using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Cli.Inputs;

/// <summary>One labelled row of a calibration file: an answer, what is judged (a statement or a metric id) and the human label.</summary>
/// <param name="Id">Row id (or "line N").</param>
/// <param name="Question">The question the answer responds to ("" when not given).</param>
/// <param name="Answer">The answer text.</param>
/// <param name="Statement">A knowledge-base statement id or statement text, or null for a metric row.</param>
/// <param name="Metric">A metric id, or null for a statement row.</param>
/// <param name="Label">The human label: entailed / neutral / contradicted for statements, true / false for metrics.</param>
/// <param name="Location">Where the row is.</param>
internal sealed record CalibrationRow(string Id, string Question, string Answer, string? Statement, string? Metric, string Label, SourceLocation Location);
