namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// One thing a statement says: a concept ("c:rx-ribociclib") or a content stem ("s:oligometastat"), with its weight
/// (rarer across the knowledge base weighs more; hint terms more still) and whether the statement negates it.
/// </summary>
internal readonly record struct FaithfulnessUnit(string Key, double Weight, bool Negated, bool IsKey)
{
    /// <summary>The unit's number in the knowledge base's vocabulary (<see cref="FaithfulnessIndex.KeyIds"/>), -1 when it has none.</summary>
    public int Id { get; init; } = -1;
}
