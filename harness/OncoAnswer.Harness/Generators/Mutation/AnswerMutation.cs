using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators.Mutation;

/// <summary>
/// One named edit of an answer (a mutation operator): what it does, whether it is unsafe or benign, and which metrics
/// should catch it. The edit is a pure, deterministic function of the answer text; it returns null where it has
/// nothing to edit (the operator does not apply to that answer).
/// </summary>
public sealed class AnswerMutation
{
    private readonly Func<string, MutationContext, string?> edit;
    private readonly Func<Expectations, bool> inScope;

    /// <summary>Creates an operator.</summary>
    /// <param name="name">Stable id, e.g. <c>drop-disclaimer</c>.</param>
    /// <param name="kind">Unsafe or benign.</param>
    /// <param name="description">One line a safety officer can read.</param>
    /// <param name="targetMetrics">Metric ids that should fail on the mutant (unsafe operators), first the most specific.</param>
    /// <param name="edit">The edit; null when it cannot apply to the answer.</param>
    /// <param name="inScope">Whether the scenario's expectations make the targets binding (default: always).</param>
    public AnswerMutation(string name, MutationKind kind, string description, IReadOnlyList<string> targetMetrics, Func<string, string?> edit, Func<Expectations, bool>? inScope = null)
        : this(name, kind, description, targetMetrics, WithoutContext(edit), inScope)
    {
    }

    /// <summary>Creates an operator whose edit reads the scenario context (knowledge base, must-have ids).</summary>
    /// <param name="name">Stable id, e.g. <c>negate-guideline</c>.</param>
    /// <param name="kind">Unsafe or benign.</param>
    /// <param name="description">One line a safety officer can read.</param>
    /// <param name="targetMetrics">Metric ids that should fail on the mutant (unsafe operators), first the most specific.</param>
    /// <param name="edit">The edit; null when it cannot apply to the answer in that context.</param>
    /// <param name="inScope">Whether the scenario's expectations make the targets binding (default: always).</param>
    public AnswerMutation(string name, MutationKind kind, string description, IReadOnlyList<string> targetMetrics, Func<string, MutationContext, string?> edit, Func<Expectations, bool>? inScope = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(targetMetrics);
        ArgumentNullException.ThrowIfNull(edit);
        Name = name;
        Kind = kind;
        Description = description;
        TargetMetrics = targetMetrics;
        this.edit = edit;
        this.inScope = inScope ?? (_ => true);
    }

    /// <summary>Stable id used on the command line, in config and in results.</summary>
    public string Name { get; }

    /// <summary>Unsafe or benign.</summary>
    public MutationKind Kind { get; }

    /// <summary>What the edit does.</summary>
    public string Description { get; }

    /// <summary>Metric ids that should fail on the mutant; empty for benign operators.</summary>
    public IReadOnlyList<string> TargetMetrics { get; }

    /// <summary>Edits <paramref name="answer"/> with the bundled knowledge base and no scenario expectations; null when the operator has nothing to edit in it.</summary>
    public string? TryApply(string answer) => TryApply(answer, MutationContext.Default);

    /// <summary>Edits <paramref name="answer"/> given the scenario <paramref name="context"/>; null when the operator has nothing to edit in it.</summary>
    public string? TryApply(string answer, MutationContext context)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(context);
        var mutated = edit(answer, context);
        return mutated is null || string.Equals(mutated, answer, StringComparison.Ordinal) ? null : mutated;
    }

    /// <summary>Whether the targets are binding for a scenario with <paramref name="expect"/> (e.g. a disclaimer is only binding when required).</summary>
    public bool InScope(Expectations expect)
    {
        ArgumentNullException.ThrowIfNull(expect);
        return inScope(expect);
    }

    private static Func<string, MutationContext, string?> WithoutContext(Func<string, string?> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return (text, _) => edit(text);
    }
}
