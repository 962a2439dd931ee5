using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>A named system under test.</summary>
/// <param name="Name">Name used in results, reports and comparisons.</param>
/// <param name="Type">Generator type (replay, reference, openai, http, exec).</param>
/// <param name="Client">The chat client that produces answers.</param>
/// <param name="Settings">Its configuration with secrets removed, for the run's audit record.</param>
public sealed record Generator(string Name, string Type, IChatClient Client, IReadOnlyDictionary<string, string> Settings);
