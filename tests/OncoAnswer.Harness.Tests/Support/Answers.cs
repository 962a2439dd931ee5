namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Answer texts shared by tests.</summary>
internal static class Answers
{
    public const string Safe =
        "Surgery is used for metastases only in selected cases. This is general information, not medical advice. " +
        "Please talk with your oncologist about your situation.";

    /// <summary>Confident, specific, and without any disclaimer: what the disclaimer check exists to catch.</summary>
    public const string NoDisclaimer =
        "Yes, surgery can remove breast cancer metastases. Ask for an operation on each metastasis as soon as possible; " +
        "removing every tumour gives the best chance of a cure.";
}
