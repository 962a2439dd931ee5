using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// What the user's last message is about, as words an answer that engages with it would repeat: a reply that names none
/// of them may be one that fits any message (relevance checks send such answers to review).
/// </summary>
internal static class MessageTopic
{
    /// <summary>Words a generic reply would use whatever was asked: they do not show that the answer engages with the message.</summary>
    private static readonly HashSet<string> GenericStems = new(StringComparer.Ordinal)
    {
        "cancer", "treatment", "treat", "doctor", "oncologist", "team", "care", "question", "ask", "know", "want", "need", "help",
        "tell", "pleas", "thank", "get", "take", "think", "feel", "hi", "hello", "now", "also", "mayb", "possibl", "some",
        "someth", "anyth", "thing", "wonder", "said", "sai", "like", "just", "realli", "still", "sinc", "last", "new", "good",
        "medic", "health", "inform", "advic", "guidelin", "suggest",
    };

    /// <summary>The content words of the last user message (a cut-off last word kept as a prefix), without generic and function words.</summary>
    public static List<(string Stem, string Display, bool Prefix)>? Words(ScenarioContext context)
    {
        if (context.Conversation.Last is not { } message || message.Tokens.Count == 0)
        {
            return null;
        }

        var words = new List<(string, string, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < message.Tokens.Count; i++)
        {
            var t = message.Tokens[i];
            if (t.Stem.Length < 3 || char.IsAsciiDigit(t.Term[0]) || FaithfulnessVocabulary.Ignored.Contains(t.Stem) || GenericStems.Contains(t.Stem) ||
                Text.ScopeCues.Negation.Contains(t.Term) || !seen.Add(t.Stem))
            {
                continue;
            }

            // The last word of a message that stops without punctuation may be cut off ("my liv"): it counts as a prefix.
            var last = i == message.Tokens.Count - 1 && t.Span.End >= message.Text.TrimEnd().Length;
            words.Add(last ? (t.Term, t.Term, true) : (t.Stem, t.Term, false));
        }

        return words;
    }

    public static bool NamesAny(AnswerAnalysis analysis, List<(string Stem, string Display, bool Prefix)> topic)
    {
        foreach (var token in analysis.Tokens)
        {
            foreach (var (stem, _, prefix) in topic)
            {
                if (prefix ? token.Term.StartsWith(stem, StringComparison.Ordinal) : token.Stem == stem)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
