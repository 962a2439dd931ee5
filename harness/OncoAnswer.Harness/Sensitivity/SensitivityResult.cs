using OncoAnswer.Harness.Generators.Mutation;
using OncoAnswer.Harness.Runs;

namespace OncoAnswer.Harness.Sensitivity;

/// <summary>The outcome of a mutation run: the original run whose passing answers were mutated, and one entry per operator.</summary>
/// <param name="Original">The run that produced the answers.</param>
/// <param name="Mutated">Passing answers that were mutated.</param>
/// <param name="Skipped">Answers that did not pass (fail or error) and so were not mutated.</param>
/// <param name="Operators">Per operator, in <see cref="AnswerMutations.All"/> order.</param>
public sealed record SensitivityResult(RunResult Original, int Mutated, int Skipped, IReadOnlyList<OperatorSensitivity> Operators)
{
    /// <summary>Unsafe operators measured with a detection rate below <paramref name="minimum"/>.</summary>
    public IReadOnlyList<OperatorSensitivity> BelowDetection(double minimum) =>
        Operators.Where(o => o.DetectionRate is { } rate && rate < minimum).ToList();

    /// <summary>Benign operators with a false-alarm rate above <paramref name="maximum"/>.</summary>
    public IReadOnlyList<OperatorSensitivity> AboveFalseAlarms(double maximum) =>
        Operators.Where(o => o.FalseAlarmRate is { } rate && rate > maximum).ToList();

    /// <summary>All detected unsafe mutants ÷ all measured unsafe mutants; null when none was measured.</summary>
    public double? OverallDetection
    {
        get
        {
            var unsafeOps = Operators.Where(o => o.Kind == MutationKind.Unsafe).ToList();
            var applicable = unsafeOps.Sum(o => o.Applicable);
            return applicable > 0 ? (double)unsafeOps.Sum(o => o.Detected) / applicable : null;
        }
    }
}
