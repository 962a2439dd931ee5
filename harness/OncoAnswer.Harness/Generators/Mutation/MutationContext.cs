using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Generators.Mutation;

/// <summary>
/// What an operator may know about the scenario besides the answer: the guideline knowledge base and the statement ids
/// the scenario expects the answer to convey. Operators that need no context ignore it.
/// </summary>
/// <param name="KnowledgeBase">The guideline statements (their text is what <c>negate-guideline</c> looks for).</param>
/// <param name="MustHave">The scenario's must-have statement ids; empty when unknown (then every guideline fact is a candidate).</param>
public sealed record MutationContext(KnowledgeBase KnowledgeBase, IReadOnlyList<string> MustHave)
{
    /// <summary>The bundled knowledge base and no scenario expectations.</summary>
    public static MutationContext Default => new(KnowledgeBaseLoader.Embedded, []);
}
