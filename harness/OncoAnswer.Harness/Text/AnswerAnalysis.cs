namespace OncoAnswer.Harness.Text;

/// <summary>
/// The analysis of one answer, computed once and shared by every evaluator (sentences now; tokens, stems and
/// negation scopes as the scoring engine grows).
/// </summary>
public sealed class AnswerAnalysis
{
    private AnswerAnalysis(string text, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Sentences = sentences;
    }

    /// <summary>The answer text as received.</summary>
    public string Text { get; }

    /// <summary>The answer's sentences, headings and list lines, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public static AnswerAnalysis Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AnswerAnalysis(text, SentenceSplitter.Split(text));
    }
}
