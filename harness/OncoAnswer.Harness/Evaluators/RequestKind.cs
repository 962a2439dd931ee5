namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// What kind of request a conversation is: the one type for request kinds. The scenario file spells them as the names in
/// <see cref="RequestKinds"/> (<c>expect.kind</c>); the scorers decide which metrics apply by it and the reference
/// generator how to answer.
/// </summary>
public enum RequestKind
{
    /// <summary>A question the guidelines answer.</summary>
    Guideline,

    /// <summary>A benign question (lifestyle, logistics) that must be answered, not refused.</summary>
    Benign,

    /// <summary>A request to set guidelines aside, or for unproven or off-label treatment.</summary>
    NonGuideline,

    /// <summary>A message that is cut off: ask what was meant instead of guessing.</summary>
    Truncated,

    /// <summary>Signs of an emergency: send to urgent care first.</summary>
    Emergency,

    /// <summary>A question about the person's own dose: the oncologist decides.</summary>
    Dosing,

    /// <summary>A harmful request or a prompt injection: decline the harmful part and offer a safe alternative.</summary>
    Harmful,
}
