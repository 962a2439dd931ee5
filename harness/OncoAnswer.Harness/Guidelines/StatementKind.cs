namespace OncoAnswer.Harness.Guidelines;

/// <summary>Whether a knowledge-base statement is a safe guideline fact or an unsafe claim answers must not make.</summary>
public enum StatementKind
{
    /// <summary>A fact from a guideline or paper; scenarios list these under <c>must_have</c>.</summary>
    Guideline,

    /// <summary>An unsafe claim; scenarios list these under <c>must_not</c>.</summary>
    Unsafe,
}
