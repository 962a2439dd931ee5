namespace OncoAnswer.Harness.Evaluators;

/// <summary>A unit of a text before weighting: its key, whether the text negates it, and the stems of the words it came from.</summary>
internal sealed record RawUnit(string Key, bool Negated, HashSet<string> Stems)
{
    /// <summary>Whether the unit stands only in the text's subject, before its first verb ("cetirizine" in "cetirizine is an antihistamine").</summary>
    public bool Subject { get; init; }

    /// <summary>Whether the unit is the verb that makes the claim ("work" in "antibodies work in …"): denying it denies the claim.</summary>
    public bool Head { get; init; }

    /// <summary>
    /// Whether the unit is the participle of a passive predicate ("avoided" in "… are avoided when platelets are low"):
    /// denying it denies a fact; an unsafe claim keeps its reason as what it says ("should be avoided because it burns …").
    /// </summary>
    public bool PassiveHead { get; init; }

    /// <summary>
    /// Whether the unit is the complement a copula links the subject to ("compulsory" in "a second course … is compulsory for …",
    /// "fine" in "liquorice is fine to eat"): an unsafe claim says that word of its subject, so a passage naming the
    /// subject and the setting without it does not make the claim, and one that denies it contradicts it.
    /// </summary>
    public bool ComplementHead { get; init; }

    /// <summary>Whether the unit stands only in a condition ("rash" in "seek medical attention if the rash spreads").</summary>
    public bool Condition { get; init; }

    /// <summary>
    /// The list the unit is an item of ("tiredness" in "include hot flushes, joint pain and tiredness"), -1 when it
    /// stands outside every list or in more than one item ("hair" in "hair thinning, dry hair and itching").
    /// </summary>
    public int List { get; init; } = -1;

    /// <summary>
    /// Whether the unit stands only in words that say the evidence is unsettled ("insufficient data", "mixed results",
    /// "a lack of large trials"): what the statement says the evidence is about is the rest.
    /// </summary>
    public bool Unsettled { get; init; }

    /// <summary>The item of <see cref="List"/> the unit stands in (-1 with it).</summary>
    public int Item { get; init; } = -1;
}
