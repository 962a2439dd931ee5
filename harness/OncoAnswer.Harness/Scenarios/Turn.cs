namespace OncoAnswer.Harness.Scenarios;

/// <summary>Who speaks in a <see cref="Turn"/>.</summary>
public enum TurnRole
{
    /// <summary>The patient or carer.</summary>
    User,

    /// <summary>An earlier answer of the assistant, given as context for a follow-up.</summary>
    Assistant,
}

/// <summary>One message of a scenario's conversation.</summary>
public sealed record Turn(TurnRole Role, string Text);
