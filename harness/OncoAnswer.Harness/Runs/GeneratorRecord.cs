namespace OncoAnswer.Harness.Runs;

/// <summary>A generator as recorded in a run's audit record: no client, no secrets.</summary>
/// <param name="Name">The generator's name.</param>
/// <param name="Type">Its type (replay, openai, …).</param>
/// <param name="Settings">Its settings with secrets removed.</param>
public sealed record GeneratorRecord(string Name, string Type, IReadOnlyDictionary<string, string> Settings);
