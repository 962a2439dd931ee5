namespace OncoAnswer.Harness.Text;

/// <summary>What a <see cref="Scope"/> does to the words it covers.</summary>
public enum ScopeKind
{
    /// <summary>Negated ("not", "don't", "never", "no need to", "without").</summary>
    Negation,

    /// <summary>Hedged ("may", "might", "could", "possibly", "some studies suggest").</summary>
    Hedge,

    /// <summary>Reported speech: a claim the answer attributes to others ("some websites claim", "is promoted as").</summary>
    Reported,

    /// <summary>Inside quotation marks.</summary>
    Quote,

    /// <summary>A line of citations ("Sources: …"): titles the answer names as its sources, not claims it makes.</summary>
    Citation,

    /// <summary>A discourse formula ("it may help to know that …", "worth knowing"): its words frame what follows and claim nothing.</summary>
    Discourse,
}
