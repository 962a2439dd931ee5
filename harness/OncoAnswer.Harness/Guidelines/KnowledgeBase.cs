namespace OncoAnswer.Harness.Guidelines;

/// <summary>The loaded guideline knowledge base: statements by id, in file order.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, GuidelineStatement> byId;

    /// <summary>Creates a knowledge base; ids must be unique (the loader checks).</summary>
    public KnowledgeBase(IReadOnlyList<GuidelineStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        Statements = statements;
        byId = statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>An empty knowledge base.</summary>
    public static KnowledgeBase Empty { get; } = new([]);

    /// <summary>Every statement, in file order.</summary>
    public IReadOnlyList<GuidelineStatement> Statements { get; }

    /// <summary>Looks up a statement by id.</summary>
    public bool TryGet(string id, out GuidelineStatement statement) => byId.TryGetValue(id, out statement!);
}
