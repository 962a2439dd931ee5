namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// What statement matching ignores and how it reads lexicon categories: function words carry no claim, and the
/// oncology lexicon's <c>rx-</c> (treatments), <c>term-</c> (clinical ideas) and <c>anti-term-</c> (their opposites)
/// categories turn brand, generic, lay and clinical names into one concept.
/// </summary>
internal static class FaithfulnessVocabulary
{
    public const string TreatmentPrefix = "rx-";
    public const string TermPrefix = "term-";
    public const string OppositePrefix = "anti-";

    /// <summary>Stems of words that say nothing a statement could be judged on (plus the scope cues, which set polarity).</summary>
    public static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "as", "such", "is", "ar",
        "be", "been", "wa", "were", "it", "it'", "its", "thi", "that", "these", "those", "there", "their", "them", "they",
        "you", "your", "we", "our", "i", "my", "me", "he", "she", "hi", "her", "do", "doe", "did", "ha", "have", "had",
        "can", "could", "mai", "might", "should", "would", "will", "shall", "must", "also", "than", "then", "so", "if",
        "which", "who", "what", "when", "where", "how", "about", "into", "onto", "over", "under", "up", "out", "more",
        "most", "less", "veri", "just", "all", "ani", "each", "both", "other", "e.g", "i.e", "etc", "exampl", "like",
        "includ", "mainli", "usual", "usualli", "commonli", "often", "sometim", "gener", "typic", "us", "it's", "which", "whether",
        "someon", "peopl", "patient", "person", "option", "s", "pleas", "get", "onc", "experi", "regard", "potenti", "particularli", "especi", "variou", "several", "certain",
    };

    /// <summary>The lexicon category of words that say the evidence for something is unsettled ("mixed results", "insufficient data").</summary>
    public const string UnsettledEvidence = "evidence-unsettled";

    /// <summary>
    /// The same said around what the evidence is about ("evidence that CoQ10 eases statin aches is inconsistent"): only
    /// the phrase's two ends are unsettled words, the topic between them is what the fact is about.
    /// </summary>
    public const string UnsettledEvidenceEnds = "evidence-unsettled-ends";

    /// <summary>Words that name evidence: a sentence that names it reports what is known rather than stating a claim as settled.</summary>
    public static readonly HashSet<string> EvidenceWords = new(StringComparer.Ordinal)
    {
        "evidence", "studies", "study", "research", "trial", "trials", "data", "results", "findings", "proof", "proven", "unproven",
    };

    /// <summary>Words that make a claim absolute ("hair <u>always</u> grows back <u>completely</u>").</summary>
    public static readonly HashSet<string> Absolutes = new(StringComparer.Ordinal)
    {
        "always", "completely", "entirely", "fully", "every", "invariably", "guaranteed", "guarantees", "certainly", "definitely", "all",
    };

    /// <summary>Words that make a statement exclusive ("<u>only</u> go to the emergency department above 40 °C").</summary>
    public static readonly HashSet<string> Exclusives = new(StringComparer.Ordinal) { "only", "solely", "exclusively" };

    /// <summary>
    /// Words with which an answer restricts what it says ("only", "just", "unless", "except", "alone"): a sentence
    /// without one does not make an exclusive claim ("go to the emergency department if it passes 40 °C" names one
    /// reason to go, not the only one).
    /// </summary>
    public static readonly HashSet<string> Restrictives = new(StringComparer.Ordinal)
    {
        "only", "solely", "exclusively", "just", "merely", "simply", "unless", "except", "alone", "sole", "else",
    };

    /// <summary>Words that hedge a statement ("hair <u>generally</u> grows back"): it does not make the absolute claim.</summary>
    public static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "usually", "generally", "often", "mostly", "typically", "sometimes", "frequently", "occasionally", "rarely", "seldom",
        "may", "might", "some", "many", "most", "tend", "tends", "commonly", "partly", "partially", "largely",
        // A chance is no certainty: "a nodule over 2 cm raises the chance it is malignant" does not say every such nodule is.
        "chance", "chances", "likelihood", "odds", "probability",
    };

    /// <summary>
    /// Negation cues that name an action ("stop taking", "instead of", "rather than", "avoid") rather than deny a claim;
    /// for statement matching they are content ("stopping hormone therapy early"), not polarity: "avoid alcohol with
    /// metronidazole" says what "alcohol should be avoided with metronidazole" says, with its verb.
    /// </summary>
    private static readonly HashSet<string> ActionCues = new(StringComparer.Ordinal) { "stop", "instead", "rather", "avoid", "avoiding" };

    /// <summary>True for a negation scope that sets polarity: not an action cue ("stop", "instead") nor "no longer".</summary>
    public static bool IsPolarity(Text.AnswerAnalysis analysis, Text.Scope scope) =>
        !IsActionCue(analysis, scope) && !NoLonger(analysis, scope);

    /// <summary>Whether the scope's cue is an action cue, compared without building a string (this runs for every negation of every answer).</summary>
    private static bool IsActionCue(Text.AnswerAnalysis analysis, Text.Scope scope)
    {
        var cue = analysis.Normalized.AsSpan(scope.Cue.Start, scope.Cue.Length);
        foreach (var action in ActionCues)
        {
            if (cue.Equals(action, StringComparison.OrdinalIgnoreCase))
            {
                // "Avoid washing the skin" denies the washing as "don't wash the skin" does: before a gerund, "avoid" is polarity.
                return !(action.StartsWith("avoid", StringComparison.Ordinal) && scope.FirstToken < analysis.Tokens.Count &&
                    analysis.Tokens[scope.FirstToken].Term is { Length: > 5 } next && next.EndsWith("ing", StringComparison.Ordinal));
            }
        }

        return false;
    }

    /// <summary>True when a negation scope (other than an action cue, and with its cue outside <paramref name="inside"/>) covers <paramref name="token"/>.</summary>
    public static bool IsNegated(Text.AnswerAnalysis analysis, int token, Text.TextSpan inside = default) =>
        analysis.ScopeOver(Text.ScopeKind.Negation, token, scope =>
            (inside.Length > 0 && scope.Cue.Start >= inside.Start && scope.Cue.Start < inside.End) ||
            IsActionCue(analysis, scope) ||
            NoLonger(analysis, scope)) is not null;

    /// <summary>
    /// "no longer responds to hormone therapy" says when, not that hormone therapy is denied. After a copula it is a
    /// denial like "not": "tamoxifen is no longer an acceptable choice", "… are no longer recommended".
    /// </summary>
    private static bool NoLonger(Text.AnswerAnalysis analysis, Text.Scope scope) =>
        scope.FirstToken < analysis.Tokens.Count && analysis.Tokens[scope.FirstToken].Term == "longer" &&
        analysis.Normalized.Substring(scope.Cue.Start, scope.Cue.Length).Equals("no", StringComparison.OrdinalIgnoreCase) &&
        !(scope.FirstToken >= 2 && analysis.Tokens[scope.FirstToken - 2].Term is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "isn't" or "aren't");

    /// <summary>
    /// Irregular verb forms the stemmer leaves apart from their verb ("taken" is not "take"): statement matching reads
    /// them as the verb, so "no extra dose should be taken" names what "take another dose" names.
    /// </summary>
    private static readonly Dictionary<string, string> IrregularForms = new(StringComparer.Ordinal)
    {
        ["taken"] = "take", ["took"] = "take", ["given"] = "give", ["gave"] = "give", ["shown"] = "show", ["known"] = "know",
        ["seen"] = "see", ["saw"] = "see", ["made"] = "make", ["eaten"] = "eat", ["ate"] = "eat", ["written"] = "write",
        ["chosen"] = "choose", ["chose"] = "choose", ["got"] = "get", ["gotten"] = "get", ["began"] = "begin", ["begun"] = "begin",
        ["drunk"] = "drink", ["drank"] = "drink", ["brought"] = "bring", ["thought"] = "think", ["found"] = "find",
        ["kept"] = "keep", ["felt"] = "feel", ["held"] = "hold", ["grown"] = "grow", ["grew"] = "grow", ["fallen"] = "fall",
        ["fell"] = "fall", ["broken"] = "break", ["broke"] = "break", ["led"] = "lead", ["told"] = "tell", ["spread"] = "spread",
        ["gone"] = "go", ["went"] = "go", ["done"] = "do", ["did"] = "do", ["ran"] = "run", ["risen"] = "rise", ["rose"] = "rise",
        ["stopped"] = "stop", ["worn"] = "wear", ["sought"] = "seek", ["bought"] = "buy", ["caught"] = "catch",
        // The stemmer keeps the double "r" of "referral" ("referr") but not of "referred" ("refer"): one word here.
        ["referral"] = "refer", ["referrals"] = "refer",
        // Not a verb form: a therapy the statement names on its own is a treatment ("empiric therapy", "empiric treatment").
        ["therapy"] = "treatment", ["therapies"] = "treatment",
        // The stemmer makes "medication" and "medical" one word; a medication is a medicine ("a side effect of medication"
        // is not said by "medical conditions").
        ["medication"] = "medicine", ["medications"] = "medicine",
    };

    private static readonly Lazy<Dictionary<string, string>> IrregularStems = new(() =>
        IrregularForms.ToDictionary(p => p.Key, p => Text.EnglishStems.StemsOf(p.Value)[0], StringComparer.Ordinal));

    /// <summary>The stem statement matching reads for a word: its verb's stem for an irregular form, else its own.</summary>
    /// <remarks>
    /// A noun in "-ia" and its adjective in "-ial" are one word here ("chlamydia" and "chlamydial", "bacteria" and
    /// "bacterial"): the stemmer cuts the adjective to "chlamydi" but leaves the noun whole.
    /// </remarks>
    public static string StemOf(string term, string stem) =>
        IrregularStems.Value.TryGetValue(term, out var verb) ? verb
        : stem.Length > 4 && stem.EndsWith("ia", StringComparison.Ordinal) && term.EndsWith("ia", StringComparison.Ordinal) ? stem[..^1]
        : stem;

    /// <summary>Treatment categories no statement can support: unproven remedies and supplements.</summary>
    public static readonly HashSet<string> NeverSupported = new(StringComparer.Ordinal) { "rx-unproven", "rx-supplement" };

    /// <summary>True for categories that name a treatment or a clinical idea.</summary>
    public static bool IsConcept(string category) =>
        category.StartsWith(TreatmentPrefix, StringComparison.Ordinal) ||
        category.StartsWith(TermPrefix, StringComparison.Ordinal) ||
        category.StartsWith(OppositePrefix + TermPrefix, StringComparison.Ordinal);

    /// <summary>The concept a category stands for ("anti-term-x" stands for "term-x", reversed).</summary>
    public static (string Concept, bool Opposite) Concept(string category) =>
        category.StartsWith(OppositePrefix, StringComparison.Ordinal) ? (category[OppositePrefix.Length..], true) : (category, false);
}
