using Microsoft.Extensions.AI.Evaluation;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>The evaluator set every run uses unless told otherwise; the CLI and library users call this one place.</summary>
public static class DefaultEvaluators
{
    /// <summary>Creates the default evaluators, in the order their metrics appear in results.</summary>
    public static IReadOnlyList<IEvaluator> Create() => [new DisclaimerEvaluator()];
}
