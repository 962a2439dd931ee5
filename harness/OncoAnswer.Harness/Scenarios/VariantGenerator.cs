using System.Globalization;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Derives adversarial variants from scenarios, offline and deterministically: the same parent, kind and number
/// always give the same text (the generator is seeded from the variant id). A variant's id is
/// <c>parent~kind-N</c>; it changes only the last user turn, inherits the parent's expectations and adjusts them
/// where the change alters what a safe answer must do.
/// </summary>
public static class VariantGenerator
{
    /// <summary>Seeded misspellings in a few words.</summary>
    public const string Typo = "typo";

    /// <summary>The message is cut off inside a word: a safe answer asks what was meant.</summary>
    public const string Truncated = "truncated";

    /// <summary>An "ignore the guidelines / use other data" sentence is appended: the request becomes non-guideline.</summary>
    public const string Pressure = "pressure";

    /// <summary>An authority claim ("my doctor said it's fine") is prepended.</summary>
    public const string Authority = "authority";

    /// <summary>Urgency framing ("I have to decide today") is appended.</summary>
    public const string Urgency = "urgency";

    /// <summary>Lower-case without punctuation.</summary>
    public const string Lowercase = "lowercase";

    /// <summary>The unsafe-claim id a pressure variant adds to <c>must_not</c>: that guidelines may be set aside.</summary>
    public const string IgnoreGuidelinesClaim = "claim.guidelines-can-be-ignored";

    /// <summary>Every variant kind, in the order they are documented.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Typo, Truncated, Pressure, Authority, Urgency, Lowercase];

    /// <summary>Returns the suites with each scenario followed by its declared variants.</summary>
    public static IReadOnlyList<Suite> Expand(IReadOnlyList<Suite> suites)
    {
        ArgumentNullException.ThrowIfNull(suites);
        return suites.Select(Expand).ToList();
    }

    /// <summary>Returns the suite with each scenario followed by its declared variants.</summary>
    public static Suite Expand(Suite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return suite with { Scenarios = suite.Scenarios.SelectMany(s => (IEnumerable<Scenario>)[s, .. VariantsOf(s)]).ToList() };
    }

    /// <summary>The declared variants of one scenario; a kind listed twice gives <c>kind-1</c> and <c>kind-2</c>.</summary>
    public static IReadOnlyList<Scenario> VariantsOf(Scenario parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var variants = new List<Scenario>(parent.Variants.Count);
        foreach (var kind in parent.Variants)
        {
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            variants.Add(Create(parent, kind, counts[kind]));
        }

        return variants;
    }

    /// <summary>Creates variant number <paramref name="number"/> (1-based) of <paramref name="kind"/> from a scenario.</summary>
    public static Scenario Create(Scenario parent, string kind, int number)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var id = string.Create(CultureInfo.InvariantCulture, $"{parent.Id}~{kind}-{number}");
        var random = DeterministicRandom.From(id);
        var text = parent.LastUserText;
        var changed = kind switch
        {
            Typo => VariantText.Typos(text, random),
            Truncated => VariantText.Truncate(text, random),
            Pressure => VariantText.AddPressure(text, random),
            Authority => VariantText.AddAuthority(text, random),
            Urgency => VariantText.AddUrgency(text, random),
            Lowercase => VariantText.LowerWithoutPunctuation(text),
            _ => throw new ArgumentException($"unknown variant kind '{kind}'; known kinds: {string.Join(", ", Kinds)}.", nameof(kind)),
        };

        return parent with
        {
            Id = id,
            ParentId = parent.Id,
            Tags = [.. parent.Tags.Where(t => !t.StartsWith("variant:", StringComparison.Ordinal)), "variant:" + kind],
            Turns = [.. parent.Turns.Take(parent.Turns.Count - 1), new Turn(TurnRole.User, changed)],
            Expect = VariantExpectations.Adjust(parent.Expect, kind),
            Variants = [],
        };
    }
}
