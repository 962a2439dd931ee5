namespace OncoAnswer.Cli.Infrastructure;

/// <summary>An effective setting and the layer it came from ("default", "oncoanswer.yaml:3:8", "env ONCOANSWER_OUT", "flag --out").</summary>
internal sealed record Layered<T>(T Value, string Source);
