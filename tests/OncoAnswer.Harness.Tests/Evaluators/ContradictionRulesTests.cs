using OncoAnswer.Harness.Evaluators;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Tests.Support;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Tests.Evaluators;

/// <summary>
/// The negation rules the contradiction scorer reads (each with a negation it catches and a near-miss safe sentence it
/// must not flag), on the bundled knowledge base's own statements.
/// </summary>
public sealed class ContradictionRulesTests
{
    private static readonly FaithfulnessScorer Scorer = new(KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines")), PhraseLexicon.Load(RepoPaths.Of("scenarios", "lexicons")));

    [Fact]
    public void NotTrueThatFrame_NegatesTheWholeClaim_PastCommasAndInsteadOf()
    {
        const string Id = "unproven.alternative-instead-higher-mortality";

        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(Id, "It is not true that, in a large US study, people who chose alternative medicine instead of standard cancer treatment had a much higher risk of death; for breast cancer the risk was about 5.7 times higher."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(Id, "It is true that, in a large US study, people who chose alternative medicine instead of standard cancer treatment had a much higher risk of death; for breast cancer the risk was about 5.7 times higher."));
    }

    [Fact]
    public void NotTrueThatFrame_EndsAtASemicolonOrAContrast()
    {
        var analysis = AnswerAnalysis.Of("It is not true that rest cures fatigue, sleep or mood; exercise helps. It isn't the case that diet matters, but walking does.");

        Assert.NotNull(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "mood")));
        Assert.Null(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "exercise")));
        Assert.NotNull(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "matters")));
        Assert.Null(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "walking")));
    }

    [Fact]
    public void NotTrueThatFrame_CancelsAPlainNegationInsideIt()
    {
        const string Id = "mbc.primary-surgery-no-survival-benefit";

        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(Id, "It is not true that, for breast cancer that is metastatic at diagnosis (de novo stage IV), early surgery or radiotherapy of the breast tumour did not improve overall survival."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(Id, "For breast cancer that is metastatic at diagnosis (de novo stage IV), early surgery or radiotherapy of the breast tumour did not improve overall survival."));
    }

    [Fact]
    public void NotTrueThatFrame_AroundANegatedCopula_CancelsItsSubjectScopeToo()
    {
        // The inner "is not the …" also reaches back over its subject; that scope starts the sentence, before the frame's
        // cue. It is cancelled with the rest of the inner negation (this sentence once crashed the analysis).
        var analysis = AnswerAnalysis.Of("It is not true that hormone therapy is not the usual backbone.");

        Assert.Null(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "backbone")));
        Assert.Null(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "it")));
        Assert.NotNull(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "hormone"))); // the frame's own reach
    }

    [Fact]
    public void PhraseNegation_StopsAtTheFiniteVerb()
    {
        const string Id = "unproven.trials-route-for-new-treatments";
        var analysis = AnswerAnalysis.Of("Treatments that are promising but not yet proven are best tried within a clinical trial.");

        Assert.NotNull(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "proven")));
        Assert.Null(analysis.ScopeOver(ScopeKind.Negation, Index(analysis, "best")));
        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(Id, "Treatments that are promising but not yet proven are not best tried within a clinical trial, discussed with the oncology team."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(Id, "Promising but unproven treatments are best tried within a clinical trial, discussed with the oncology team."));
    }

    [Fact]
    public void NegativeStatement_MostlyAsserted_IsContradicted_ThoughAnAsideStillAgrees()
    {
        const string Id = "integrative.acetyl-l-carnitine-not-recommended";

        // "because it may cause harm" still agrees; the recommendation itself is reversed.
        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(Id, "Acetyl-L-carnitine is recommended for chemotherapy-induced neuropathy because it may cause harm."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(Id, "Acetyl-L-carnitine is not recommended for chemotherapy-induced neuropathy; it may cause harm."));
    }

    [Fact]
    public void PlainSynonym_Negated_CountsAgainst_ButANegatedHintDoesNotFlip()
    {
        // "emergency department" and "right away" are hint synonyms of the fever statement.
        Assert.Equal(StatementVerdictKind.Contradicted, Verdict("emergency.fever-low-neutrophils", "It is not true that if you get a fever or chills while your neutrophils are low, you should contact your oncology team or go to the emergency department right away."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict("emergency.fever-low-neutrophils", "If you get a fever or chills while your neutrophils are low, contact your oncology team or go to the emergency department right away."));

        // "no clinical trials" is a hint of the fenbendazole statement: "a clinical trial is the safe route" is not its denial.
        Assert.NotEqual(StatementVerdictKind.Contradicted, Verdict("unproven.fenbendazole-no-evidence", "There is no evidence that fenbendazole treats cancer in people. If you want more options, a clinical trial is the safe route."));
    }

    [Fact]
    public void SynonymInferredUnit_DoesNotExcuseItsDenialInTheNextSentence()
    {
        const string Id = "mbc.primary-surgery-no-survival-benefit";
        const string First = "When breast cancer is already metastatic at diagnosis (de novo stage IV), the main treatment is systemic therapy. ";

        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(Id, First + "It is not true that a large randomised trial found that early surgery or radiotherapy of the breast tumour did not help people live longer."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(Id, First + "A large randomised trial found that early surgery or radiotherapy of the breast tumour did not help people live longer."));
    }

    [Fact]
    public void NegatedDefiniteRole_CoversTheSubject_ButAnIndefinitePropertyDoesNot()
    {
        const string Id = "mbc.er-positive-endocrine-based";
        var role = AnswerAnalysis.Of("Hormone (endocrine) therapy is not the usual backbone.");
        var property = AnswerAnalysis.Of("Stopping hormone therapy is not a safe substitute.");

        Assert.NotNull(role.ScopeOver(ScopeKind.Negation, Index(role, "hormone")));
        Assert.Null(property.ScopeOver(ScopeKind.Negation, Index(property, "hormone")));
        Assert.Equal(StatementVerdictKind.Contradicted, Verdict(Id, "For ER-positive breast cancer, hormone (endocrine) therapy is not the usual backbone, often combined with a targeted drug such as ribociclib."));
        Assert.Equal(StatementVerdictKind.Entailed, Verdict(Id, "For ER-positive breast cancer, hormone (endocrine) therapy is the usual backbone, often combined with a targeted drug such as ribociclib."));
    }

    private static StatementVerdictKind Verdict(string id, string answer)
    {
        Assert.True(Scorer.KnowledgeBase.TryGet(id, out var statement), id);
        return Scorer.Score(AnswerAnalysis.Of(answer), statement);
    }

    private static int Index(AnswerAnalysis analysis, string term) => analysis.Tokens.Single(t => t.Term == term).Index;
}
