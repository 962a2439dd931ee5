using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// How the runner tells a generator which scenario it is answering: the scenario id travels in
/// <see cref="ChatOptions.AdditionalProperties"/>, so any <see cref="IChatClient"/> can ignore it and replaying
/// clients can key on it.
/// </summary>
public static class GeneratorRequest
{
    /// <summary>Key of the scenario id in <see cref="ChatOptions.AdditionalProperties"/>.</summary>
    public const string ScenarioIdKey = "oncoanswer.scenario_id";

    /// <summary>Creates options carrying <paramref name="scenarioId"/>.</summary>
    public static ChatOptions For(string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        return new ChatOptions { AdditionalProperties = new AdditionalPropertiesDictionary { [ScenarioIdKey] = scenarioId } };
    }

    /// <summary>Reads the scenario id from <paramref name="options"/>, or null when absent.</summary>
    public static string? ScenarioId(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(ScenarioIdKey, out var value) == true ? value as string : null;
}
