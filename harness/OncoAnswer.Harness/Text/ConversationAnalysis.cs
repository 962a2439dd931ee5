namespace OncoAnswer.Harness.Text;

/// <summary>The analysis of a conversation's user turns, computed once per scenario and shared by the evaluators.</summary>
public sealed class ConversationAnalysis
{
    private ConversationAnalysis(IReadOnlyList<(int Turn, AnswerAnalysis Analysis)> userTurns) => UserTurns = userTurns;

    /// <summary>Each user turn with its index among all turns of the conversation.</summary>
    public IReadOnlyList<(int Turn, AnswerAnalysis Analysis)> UserTurns { get; }

    /// <summary>The last user turn's analysis (the message being answered), or null when there is none.</summary>
    public AnswerAnalysis? Last => UserTurns.Count == 0 ? null : UserTurns[^1].Analysis;

    /// <summary>Analyses the turns for which <paramref name="isUser"/> holds.</summary>
    public static ConversationAnalysis Of(IReadOnlyList<string> turns, Func<int, bool> isUser)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(isUser);
        var list = new List<(int, AnswerAnalysis)>();
        for (var i = 0; i < turns.Count; i++)
        {
            if (isUser(i))
            {
                list.Add((i, AnswerAnalysis.Of(turns[i] ?? "")));
            }
        }

        return new ConversationAnalysis(list);
    }
}
