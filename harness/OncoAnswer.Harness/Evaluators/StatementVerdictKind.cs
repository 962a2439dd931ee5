namespace OncoAnswer.Harness.Evaluators;

/// <summary>How an answer stands to one guideline statement.</summary>
public enum StatementVerdictKind
{
    /// <summary>The answer does not say it, nor the opposite.</summary>
    NotMentioned,

    /// <summary>The answer says it (in other words, brand or lay names, hedged or not).</summary>
    Entailed,

    /// <summary>The answer says the opposite: negated, reversed, or with another number.</summary>
    Contradicted,
}
