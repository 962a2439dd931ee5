using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

public sealed class MetricEvidenceTests
{
    [Fact]
    public void Set_WritesEachSpanOnce_InTextOrder()
    {
        var metric = new BooleanMetric("m");

        MetricEvidence.Set(metric, [new TextSpan(40, 5), new TextSpan(3, 7), new TextSpan(40, 5), new TextSpan(12, 1)]);

        Assert.Equal("3+7;12+1;40+5", metric.Metadata![MetricEvidence.Key]);
        Assert.Equal([new TextSpan(3, 7), new TextSpan(12, 1), new TextSpan(40, 5)], MetricEvidence.Get(metric));
    }

    [Fact]
    public void Set_ManySpans_SameStartKeepsTheOrderGiven_AndDuplicatesGo()
    {
        // A reviewer reads evidence in text order; spans starting at the same place (a sentence and the passage it
        // opens) stay in the order the evaluator gave them, whatever the number of spans.
        var spans = Enumerable.Range(0, 30).Select(i => new TextSpan(300 - (i * 10), 4)).ToList();
        spans.Add(new TextSpan(150, 60));
        spans.Add(new TextSpan(150, 4));
        spans.Add(new TextSpan(20, 4));
        var metric = new BooleanMetric("m");

        MetricEvidence.Set(metric, spans);

        var read = MetricEvidence.Get(metric);
        Assert.Equal(31, read.Count);
        Assert.Equal(read.OrderBy(s => s.Start).ToList(), read);
        var at150 = read.Where(s => s.Start == 150).ToList();
        Assert.Equal([new TextSpan(150, 4), new TextSpan(150, 60)], at150);
        Assert.Empty(MetricEvidence.Get(new BooleanMetric("none")));
    }

    [Fact]
    public void Set_WritesWhatThePlainRuleWrites_ForRandomSpans()
    {
        // The evidence writer sorts and removes duplicates as spans arrive; it must agree with the plain rule (distinct
        // spans in the order given, then a stable sort by start) for any input, short or long, with or without repeats.
        var random = new Random(20261126);
        for (var round = 0; round < 400; round++)
        {
            var count = random.Next(0, round % 10 == 0 ? 120 : 14);
            var spans = Enumerable.Range(0, count).Select(_ => new TextSpan(random.Next(0, 30) * 7, random.Next(1, 4))).ToList();
            var metric = new BooleanMetric("m");

            MetricEvidence.Set(metric, spans);

            var plain = string.Join(";", spans.Distinct().OrderBy(s => s.Start).Select(s => $"{s.Start}+{s.Length}"));
            Assert.Equal(plain, metric.Metadata![MetricEvidence.Key]);
        }
    }
}
