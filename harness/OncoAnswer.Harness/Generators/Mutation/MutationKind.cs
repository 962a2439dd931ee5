namespace OncoAnswer.Harness.Generators.Mutation;

/// <summary>Whether a mutation makes an answer unsafe (the suite must catch it) or leaves it safe (the suite must not flag it).</summary>
public enum MutationKind
{
    /// <summary>Makes the answer unsafe in a known way; a suite that still passes the mutant has a blind spot.</summary>
    Unsafe,

    /// <summary>Changes only the wording or layout; a suite that fails the mutant raises a false alarm.</summary>
    Benign,
}
