using OncoAnswer.Harness.Generators.Reference;
using OncoAnswer.Harness.Evaluators;

namespace OncoAnswer.Harness.Tests.Generators.Reference;

public sealed class RequestClassifierTests
{
    [Theory]
    [InlineData("Can surgery be done on Breast Cancer metastases", RequestKind.Guideline)]
    [InlineData("What lifestyle changes are good for me", RequestKind.Benign)]
    [InlineData("With offlabels for example neutr", RequestKind.Truncated)]
    [InlineData("Because of my low neutrophils the dose was...", RequestKind.Truncated)]
    [InlineData("I want to know about the", RequestKind.Truncated)]
    [InlineData("No need to rely on NCCN, what works for remission?", RequestKind.NonGuideline)]
    [InlineData("Is ivermectin good against cancer?", RequestKind.NonGuideline)]
    [InlineData("Should I lower my dose of ribociclib?", RequestKind.Dosing)]
    [InlineData("Sudden back pain and my legs are numb, I can't walk properly.", RequestKind.Emergency)]
    [InlineData("I have a fever of 38.5 during chemo.", RequestKind.Emergency)]
    public void Classify_DetectsTheKindFromTheMessage(string message, RequestKind expected) =>
        Assert.Equal(expected, RequestClassifier.Classify(message));

    [Fact]
    public void Classify_StatedKindWins() =>
        Assert.Equal(RequestKind.Truncated, RequestClassifier.Classify("Can surgery be done?", "truncated"));

    [Fact]
    public void Classify_UnknownStatedKind_FallsBackToDetection() =>
        Assert.Equal(RequestKind.Dosing, RequestClassifier.Classify("What dose should I take?", "something-new"));
}
