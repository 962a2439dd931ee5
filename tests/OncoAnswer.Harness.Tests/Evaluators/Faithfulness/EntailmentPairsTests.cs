using Xunit.Abstractions;

namespace OncoAnswer.Harness.Tests.Evaluators.Faithfulness;

/// <summary>
/// Acceptance on the labelled pair set (dev.jsonl, used while tuning; held-out.jsonl, written before the scorer and
/// never tuned on): macro-F1 of entailed vs not ≥ 0.8 and contradiction recall ≥ 0.8 over all pairs, and on the
/// held-out pairs alone. Figures and every miss are printed to the test output.
/// </summary>
public sealed class EntailmentPairsTests(ITestOutputHelper output)
{
    [Fact]
    public void LabelledPairs_DeterministicScorer_MeetsMacroF1AndContradictionRecall()
    {
        var dev = EntailmentPairs.Load("dev.jsonl");
        var heldOut = EntailmentPairs.Load("held-out.jsonl");
        Assert.True(dev.Count + heldOut.Count >= 150, $"the pair set has {dev.Count + heldOut.Count} pairs; it needs at least 150.");

        var (all, allMisses) = EntailmentPairs.Score(dev.Concat(heldOut));
        var (held, heldMisses) = EntailmentPairs.Score(heldOut);
        Print("all pairs", all, allMisses);
        Print("held-out pairs", held, heldMisses);

        Assert.True(EntailmentPairs.EntailedVsNot(all).MacroF1 >= 0.8, $"macro-F1 (entailed vs not) {EntailmentPairs.EntailedVsNot(all).MacroF1:0.000} < 0.8");
        Assert.True(all.Recall("contradicted") >= 0.8, $"contradiction recall {all.Recall("contradicted"):0.000} < 0.8");
        Assert.True(EntailmentPairs.EntailedVsNot(held).MacroF1 >= 0.8, $"held-out macro-F1 (entailed vs not) {EntailmentPairs.EntailedVsNot(held).MacroF1:0.000} < 0.8");
        Assert.True(held.Recall("contradicted") >= 0.8, $"held-out contradiction recall {held.Recall("contradicted"):0.000} < 0.8");
    }

    private void Print(string title, Harness.Evaluators.ConfusionMatrix matrix, List<string> misses)
    {
        var folded = EntailmentPairs.EntailedVsNot(matrix);
        output.WriteLine($"== {title}: entailed-vs-not macro-F1 {folded.MacroF1:0.000}, contradiction recall {matrix.Recall("contradicted"):0.000}");
        output.WriteLine(matrix.Format());
        foreach (var miss in misses)
        {
            output.WriteLine("  miss " + miss);
        }
    }
}
