using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Support;

/// <summary>Which scopes the analysis puts a word in, for tests of the scope rules.</summary>
internal static class Scopes
{
    /// <summary>Whether the first occurrence of <paramref name="word"/> in <paramref name="text"/> stands in a scope of <paramref name="kind"/>.</summary>
    public static bool Covers(ScopeKind kind, string text, string word)
    {
        var analysis = AnswerAnalysis.Of(text);
        return analysis.ScopeOver(kind, analysis.Tokens.First(t => t.Term == word).Index) is not null;
    }
}
