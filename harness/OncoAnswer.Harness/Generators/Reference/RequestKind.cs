namespace OncoAnswer.Harness.Generators.Reference;

/// <summary>What kind of request a patient's message is; decides how the reference generator answers.</summary>
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
