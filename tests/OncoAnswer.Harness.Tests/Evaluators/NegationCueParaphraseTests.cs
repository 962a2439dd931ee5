using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// Which words deny (issue 16, third round, on statements written by others): "unlike", "steer away from" and "stay
/// clear of" deny what follows, "rather" only as "rather than"; protection "against" a disease does not deny it, while
/// "advise against" does; "not uncommon" denies only the rarity and "almost never" is a frequency; and a heading worded
/// as a question ("How Plan B works") contradicts nothing, though it may lead a list. Each wording is our own.
/// </summary>
public sealed class NegationCueParaphraseTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    private const string ShotNoFlu = "The flu shot cannot cause influenza.";
    private const string HydroxyzineClass = "Hydroxyzine works as an antihistamine, not as a benzodiazepine.";
    private const string PlanBAfterOvulation = "Plan B does not work once ovulation has happened.";
    private const string TyphoidVaccine = "Travellers to India are advised to have a typhoid vaccine.";
    private const string FlaresEarly = "Gout attacks are common during the early months on allopurinol.";
    private const string RarelySpreads = "A basal cell skin cancer seldom spreads to distant organs.";

    [Theory]
    [InlineData(ShotNoFlu, "What the flu shot can cause\nA sore arm and a mild fever for a day are common.")]
    [InlineData(HydroxyzineClass, "Unlike benzodiazepines, hydroxyzine works as an antihistamine.")]
    [InlineData(PlanBAfterOvulation, "How Plan B works\nIt is a single tablet, taken as soon as possible after sex.")]
    [InlineData(TyphoidVaccine, "Travellers to India are advised to get vaccinated against typhoid.")]
    [InlineData(TyphoidVaccine, "For India, a typhoid vaccine protects against the infection and is advised for travellers.")]
    [InlineData(FlaresEarly, "It is not uncommon to get gout attacks during the early months on allopurinol.")]
    [InlineData(FlaresEarly, "Gout attacks during the early months on allopurinol are not unusual.")]
    [InlineData(RarelySpreads, "A basal cell skin cancer almost never spreads to distant organs.")]
    [InlineData(RarelySpreads, "A basal cell skin cancer hardly ever spreads to distant organs.")]
    public void ProtectionLitotesUnlikeAndQuestionHeadings_DoNotContradict(string fact, string answer) =>
        Assert.NotEqual(StatementVerdictKind.Contradicted, FactVerdict(fact, answer));

    [Theory]
    [InlineData(ShotNoFlu, "The flu shot can cause influenza in some people.")]
    [InlineData(HydroxyzineClass, "Hydroxyzine works as a benzodiazepine, like Xanax.")]
    [InlineData(PlanBAfterOvulation, "Plan B still works once ovulation has happened.")]
    [InlineData(RarelySpreads, "A basal cell skin cancer frequently spreads to distant organs.")]
    public void SayingTheDeniedThing_Contradicts(string fact, string answer) =>
        Assert.Equal(StatementVerdictKind.Contradicted, FactVerdict(fact, answer));

    [Theory]
    [InlineData("Most guidelines advise against grapefruit with palbociclib.", "grapefruit")]
    [InlineData("Please stay clear of apricot kernels.", "apricot")]
    [InlineData("I'd steer you away from fenbendazole.", "fenbendazole")]
    [InlineData("Unlike Xanax, hydroxyzine is not habit-forming.", "xanax")]
    public void JudgementsAgainst_Unlike_AndSteeringAway_Negate(string text, string word) =>
        Assert.True(Scopes.Covers(ScopeKind.Negation, text, word));

    [Theory]
    [InlineData("I'd rather keep to treatments tested in people.", "tested")]
    [InlineData("Get vaccinated against typhoid before you travel.", "typhoid")]
    [InlineData("It is not uncommon to have flares at first.", "flares")]
    [InlineData("It almost never spreads elsewhere.", "spreads")]
    [InlineData("The rash should clear of its own accord.", "accord")]
    [InlineData("Readings on different days confirm it.", "days")]
    [InlineData("Call your team right away from home.", "home")]
    public void PlainWords_DoNotNegate(string text, string word) =>
        Assert.False(Scopes.Covers(ScopeKind.Negation, text, word));

    private static StatementVerdictKind FactVerdict(string fact, string answer) =>
        Scorer.Match(AnswerAnalysis.Of(answer), Scorer.Resolve(fact)!, null).Verdict;
}
