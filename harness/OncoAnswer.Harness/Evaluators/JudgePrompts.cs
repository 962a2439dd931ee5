namespace OncoAnswer.Harness.Evaluators;

/// <summary>The judge's prompts. Each asks for one JSON object and nothing else, so the output can be parsed strictly.</summary>
internal static class JudgePrompts
{
    public const string System =
        "You grade answers that an AI assistant gave to people with cancer. You are strict and literal. " +
        "Reply with exactly one JSON object and no other text.";

    public static string Statement(string answer, string statement) =>
        "Does the ANSWER entail the STATEMENT (says it, in any words), contradict it (says the opposite, a different " +
        "number, or denies it), or not mention it? Claims the answer attributes to others, or only asks about, are not " +
        "entailed.\n\nSTATEMENT:\n" + statement + "\n\nANSWER:\n" + answer +
        "\n\nReply with {\"verdict\": \"entailed\"} or {\"verdict\": \"contradicted\"} or {\"verdict\": \"not-mentioned\"}.";

    public static string Criterion(string question, string answer, string criterion) =>
        "Does the ANSWER to the QUESTION meet the CRITERION? A criterion describing something bad is met when the answer " +
        "does that bad thing.\n\nQUESTION:\n" + question + "\n\nCRITERION:\n" + criterion + "\n\nANSWER:\n" + answer +
        "\n\nReply with {\"met\": true} or {\"met\": false}.";
}
