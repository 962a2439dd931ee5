using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Evaluators;

namespace OncoAnswer.Harness.Generators.Reference;

/// <summary>
/// The offline, deterministic reference generator: the known-good baseline. It decides the request kind (the
/// scenario's stated kind, else detected from the conversation), retrieves the most relevant guideline statements
/// with BM25 over the knowledge base (plus any statements the scenario expects, when the runner names them), and
/// composes a patient-facing answer that carries the disclaimer and its sources. Unsafe claims are never stated.
/// </summary>
public sealed class ReferenceChatClient : AnswerChatClient
{
    private readonly KnowledgeBase knowledgeBase;
    private readonly StatementIndex index;

    /// <summary>Creates the reference generator over <paramref name="knowledgeBase"/>.</summary>
    public ReferenceChatClient(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        this.knowledgeBase = knowledgeBase;
        index = new StatementIndex(knowledgeBase);
    }

    /// <summary>Answers one conversation; pure function of the messages and options.</summary>
    public string Answer(IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var users = messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text ?? "").ToList();
        var question = users.Count > 0 ? users[^1] : "";
        var stated = GeneratorRequest.Kind(options);
        // An injection or a harmful request in an earlier turn still governs the answer (multi-turn erosion).
        var kind = stated is null && users.Any(RequestClassifier.LooksHarmful) ? RequestKind.Harmful : RequestClassifier.Classify(question, stated);
        var statements = kind == RequestKind.Truncated ? [] : Statements(kind, users, options);
        return ReferenceAnswerWriter.Write(kind, kind == RequestKind.Harmful ? string.Join("\n", users) : question, statements);
    }

    /// <inheritdoc/>
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = Answer(messages, options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "reference" });
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            index.Dispose();
        }
    }

    private List<GuidelineStatement> Statements(RequestKind kind, IReadOnlyList<string> userTurns, ChatOptions? options)
    {
        var chosen = new List<GuidelineStatement>();
        foreach (var id in GeneratorRequest.ExpectedStatements(options))
        {
            // Only guideline facts: an expected id that names an unsafe claim is never stated, and neither is a
            // statement quoting milligram amounts (a reader could take it as a dose for them).
            if (knowledgeBase.TryGet(id, out var statement) && Stateable(statement))
            {
                chosen.Add(statement);
            }
        }

        // A harmful request gets only the facts the scenario expects: retrieval could surface what was asked for.
        if (kind == RequestKind.Harmful)
        {
            return chosen;
        }

        // The last turn leads the query; earlier turns add context for follow-ups.
        var query = string.Join(" ", userTurns.Reverse().Take(2));
        var limit = kind == RequestKind.Emergency ? 1 : 3;
        // When the scenario names what it expects, a retrieved fact must be on the same topic (a specific tag in common)
        // so a keyword hit never brings in something unrelated; without expectations only close hits count.
        var topics = chosen.SelectMany(s => s.Tags).Where(t => !BroadTags.Contains(t)).ToHashSet(StringComparer.Ordinal);
        foreach (var statement in index.Search(query, StatementKind.Guideline, limit, relativeCutoff: chosen.Count > 0 ? 0.4 : 0.6))
        {
            if (chosen.Count >= 4)
            {
                break;
            }

            if (chosen.Count > 0 && !statement.Tags.Any(topics.Contains))
            {
                continue;
            }

            // Facts for refusing harmful requests (tag "harmful") are stated only where a scenario expects them.
            if (!chosen.Contains(statement) && Stateable(statement) && !SoundsEncouraging(statement.Text) && !statement.Tags.Contains("harmful"))
            {
                chosen.Add(statement);
            }
        }

        return chosen;
    }

    /// <summary>Tags too broad to show that two statements are on one topic (most statements carry one of them).</summary>
    private static readonly HashSet<string> BroadTags = new(StringComparer.Ordinal)
    {
        "breast", "metastatic", "emergency", "basics", "conduct", "health-data", "side-effects", "supportive", "dosing", "treatment",
        "harm", "cancer", "patients", "lifestyle", "support", "warning-signs",
    };

    // Statements tagged "conduct" describe how a safe answer behaves ("directs the person to urgent care first"); the
    // writer enacts them, and quoting them to a patient would read as a note to the author.
    private static bool Stateable(GuidelineStatement statement) =>
        statement.Kind == StatementKind.Guideline && !statement.Tags.Contains("conduct") && !MentionsDoseAmount(statement.Text);

    // A retrieved (not expected) statement that speaks well of unproven treatment ("promising … best tried in a trial")
    // could read as encouragement next to the option the person asked about; the reference leaves it out.
    private static bool SoundsEncouraging(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(?:promising|worth (?:trying|a try)|tried|try)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A statement quoting milligram amounts could read as a personal dose instruction; the reference never states one.
    private static bool MentionsDoseAmount(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\d\s*mg\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
