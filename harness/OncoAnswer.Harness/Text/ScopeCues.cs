namespace OncoAnswer.Harness.Text;

/// <summary>
/// The built-in English cue words that open negation, hedge and reported-speech scopes, and the words that end a
/// clause. These are grammar, not domain knowledge, so they live in code; domain phrases live in lexicon files.
/// </summary>
internal static class ScopeCues
{
    public static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nor", "neither", "without", "cannot", "can't", "don't", "doesn't", "didn't",
        "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "couldn't", "mustn't", "needn't",
        "haven't", "hasn't", "hadn't", "avoid", "avoiding", "stop", "against", "nothing", "nobody", "unproven",
        "ain't", "lacks", "lack", "lacking", "instead", "rather", "unlike", "unable", "unwilling", "reluctant", "loath",
        "hesitant",
    };

    public static readonly HashSet<string> Hedge = new(StringComparer.Ordinal)
    {
        "may", "might", "could", "possibly", "perhaps", "maybe", "sometimes", "likely", "unlikely", "suggest",
        "suggests", "appear", "appears", "seem", "seems", "potentially", "preliminary", "probably",
    };

    /// <summary>Cues (compared on stems) for claims the answer attributes to others.</summary>
    public static readonly HashSet<string> Reported = new(StringComparer.Ordinal)
    {
        "claim", "tout", "promot", "advertis", "supposedli", "allegedli", "rumor", "rumour", "anecdot",
        "testimoni", "heard", "hype", "hyped",
    };

    /// <summary>Words that open a new clause and so end a scope.</summary>
    public static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "whereas", "yet", "unless", "because", "so", "instead", "otherwise",
    };

    /// <summary>Modal auxiliaries: the verb after one makes a claim ("can control"); a subject before one says what it can do.</summary>
    public static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "can", "could", "may", "might", "will", "would", "should", "must",
    };

    /// <summary>Finite verbs and auxiliaries: a phrase negation ("not yet proven") ends before the verb of the predicate.</summary>
    public static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would",
        "shall", "should", "may", "might", "must",
    };

    /// <summary>The nouns of a denied-evidence frame: "no good <u>evidence</u> that …" negates the whole claim after "that".</summary>
    public static readonly HashSet<string> EvidenceNouns = new(StringComparer.Ordinal) { "evidence", "proof", "data", "sign", "indication" };

    /// <summary>
    /// Nouns of research whose finding, denied, frames a claim: "no trial has shown that …", "no study has found that …"
    /// (as do the evidence nouns: "no data have shown that …").
    /// </summary>
    public static readonly HashSet<string> StudyNouns = new(StringComparer.Ordinal) { "study", "studies", "trial", "trials", "research", "review", "reviews" };

    /// <summary>Verbs of a finding: "has shown that", "have proven that", "ever demonstrated that".</summary>
    public static readonly HashSet<string> FindingVerbs = new(StringComparer.Ordinal)
    {
        "shown", "proven", "proved", "found", "demonstrated", "confirmed", "established", "showed", "shows", "show",
    };

    /// <summary>Words that, between a negation and "that", make a sentence-level frame ("it is not true that …").</summary>
    public static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal) { "true", "case", "correct", "accurate" };

    /// <summary>Words that open a condition or a time clause ("if unable to …", "when you are unable to …").</summary>
    public static readonly HashSet<string> ConditionOpeners = new(StringComparer.Ordinal) { "if", "when", "whenever", "unless", "while" };

    /// <summary>Clause openers that contrast: they end even a sentence-level negation frame.</summary>
    public static readonly HashSet<string> Contrasts = new(StringComparer.Ordinal) { "but", "however", "although", "though", "whereas" };

    /// <summary>What a negated copula after an action says it is not: "taking it late is not recommended | advised | a good idea | how …".</summary>
    public static readonly HashSet<string> Advised = new(StringComparer.Ordinal)
    {
        "recommended", "advised", "advisable", "wise", "safe", "ideal", "okay", "ok", "fine", "allowed", "permitted",
        "appropriate", "suitable", "how", "something", "a",
    };

    /// <summary>
    /// Kinds of study that are weak evidence only when the answer says so ("only in small early studies", "just lab
    /// studies"); on their own they present a finding ("lab studies show it kills cancer cells").
    /// </summary>
    public static readonly HashSet<string> EarlyEvidence = new(StringComparer.Ordinal)
    {
        "small", "early", "preliminary", "pilot", "lab", "laboratory", "animal", "uncontrolled", "tiny", "anecdotal",
        "limited", "weak",
    };

    /// <summary>Verbs of waiting or putting off: "don't wait until morning" denies the wait, not what comes after "until".</summary>
    public static readonly HashSet<string> Waiting = new(StringComparer.Ordinal)
    {
        "wait", "waiting", "delay", "delaying", "leave", "leaving", "hold", "holding", "put", "putting", "sit", "sitting",
        "hang", "hanging", "stay", "staying", "keep", "keeping", "ride", "sleep", "let", "postpone", "postponing",
        "hesitate", "risk", "bother", "worry", "struggle", "suffer", "stop", "carry", "go",
    };

    /// <summary>
    /// Words that schedule something: negated before a span of time ("not due for 5 years", "isn't needed for another
    /// year") they set when it happens rather than deny it.
    /// </summary>
    public static readonly HashSet<string> Scheduled = new(StringComparer.Ordinal)
    {
        "due", "needed", "required", "necessary", "repeated", "scheduled", "planned", "booked", "expected",
    };

    /// <summary>Units of a span of time in calendar words.</summary>
    public static readonly HashSet<string> SpanUnits = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    };

    /// <summary>Words ending in "-ing" that do not name an action ("something", "during", "morning").</summary>
    public static readonly HashSet<string> NotActions = new(StringComparer.Ordinal)
    {
        "something", "nothing", "anything", "everything", "during", "morning", "evening", "according", "regarding",
        "including", "concerning", "following", "spring", "string", "sibling", "siblings",
    };

    /// <summary>Token limits of a scope after its cue (within the clause).</summary>
    public const int NegationReach = 10;

    /// <summary>Token limit of a hedge scope after its cue.</summary>
    public const int HedgeReach = 8;
}
