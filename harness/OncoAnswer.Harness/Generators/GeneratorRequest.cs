using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// How the runner tells a generator which scenario it is answering: the scenario id (and, for generators that can
/// use them, the patient profile and the author's stated request kind) travel in
/// <see cref="ChatOptions.AdditionalProperties"/>, so any <see cref="IChatClient"/> can ignore them and replaying
/// or templating clients can key on them. Values are plain strings, so they serialize into cache keys unchanged.
/// </summary>
public static class GeneratorRequest
{
    /// <summary>Key of the scenario id in <see cref="ChatOptions.AdditionalProperties"/>.</summary>
    public const string ScenarioIdKey = "oncoanswer.scenario_id";

    /// <summary>Key of the request kind the scenario author stated (guideline, non-guideline, truncated, emergency, dosing, benign, harmful).</summary>
    public const string KindKey = "oncoanswer.kind";

    /// <summary>Key of the guideline statement ids the scenario expects (comma-separated), for the reference generator.</summary>
    public const string ExpectedStatementsKey = "oncoanswer.must_have";

    /// <summary>Key a cache sets in <see cref="ChatResponse.AdditionalProperties"/> when it answered without calling the generator.</summary>
    public const string CachedKey = "oncoanswer.cached";

    /// <summary>Prefix of the patient-profile keys (<c>oncoanswer.patient.diagnosis</c>, …).</summary>
    public const string PatientPrefix = "oncoanswer.patient.";

    /// <summary>Creates options carrying <paramref name="scenarioId"/>.</summary>
    public static ChatOptions For(string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        return new ChatOptions { AdditionalProperties = new AdditionalPropertiesDictionary { [ScenarioIdKey] = scenarioId } };
    }

    /// <summary>Creates options carrying the scenario's id, stated kind and patient profile.</summary>
    public static ChatOptions For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var options = For(scenario.Id);
        var properties = options.AdditionalProperties!;
        if (!string.IsNullOrWhiteSpace(scenario.Expect.Kind))
        {
            properties[KindKey] = scenario.Expect.Kind;
        }

        if (scenario.Expect.MustHave.Count > 0)
        {
            properties[ExpectedStatementsKey] = string.Join(",", scenario.Expect.MustHave);
        }

        AddIf(properties, "diagnosis", scenario.Patient?.Diagnosis);
        AddIf(properties, "stage", scenario.Patient?.Stage);
        AddIf(properties, "treatment", scenario.Patient?.Treatment);
        AddIf(properties, "notes", scenario.Patient?.Notes);
        return options;
    }

    /// <summary>Reads the scenario id from <paramref name="options"/>, or null when absent.</summary>
    public static string? ScenarioId(ChatOptions? options) => Get(options, ScenarioIdKey);

    /// <summary>Reads the stated request kind, or null when the scenario states none.</summary>
    public static string? Kind(ChatOptions? options) => Get(options, KindKey);

    /// <summary>Reads the guideline statement ids the scenario expects (empty when none).</summary>
    public static IReadOnlyList<string> ExpectedStatements(ChatOptions? options) =>
        Get(options, ExpectedStatementsKey)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Reads the patient profile, or null when none was sent.</summary>
    public static PatientProfile? Patient(ChatOptions? options)
    {
        var profile = new PatientProfile(
            Get(options, PatientPrefix + "diagnosis"),
            Get(options, PatientPrefix + "stage"),
            Get(options, PatientPrefix + "treatment"),
            Get(options, PatientPrefix + "notes"));
        return profile.ToString().Length == 0 ? null : profile;
    }

    private static string? Get(ChatOptions? options, string key) =>
        options?.AdditionalProperties?.TryGetValue(key, out var value) == true ? value as string : null;

    private static void AddIf(AdditionalPropertiesDictionary properties, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            properties[PatientPrefix + field] = value;
        }
    }
}
