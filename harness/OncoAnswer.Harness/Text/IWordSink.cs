namespace OncoAnswer.Harness.Text;

/// <summary>Receives the words of a text from <see cref="EnglishStems.Analyze{TSink}"/>, in order.</summary>
internal interface IWordSink
{
    /// <summary>One word, standing at [<paramref name="start"/>, <paramref name="end"/>) of the text.</summary>
    void Add(int start, int end, Word word);
}
