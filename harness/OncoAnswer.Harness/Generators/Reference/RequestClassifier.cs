using System.Text.RegularExpressions;
using OncoAnswer.Harness.Evaluators;

namespace OncoAnswer.Harness.Generators.Reference;

/// <summary>
/// Decides the <see cref="RequestKind"/> of a patient's message: the scenario author's stated kind when there is one,
/// else from the text, checking the most safety-critical kinds first (emergency, cut-off message, non-guideline
/// request, own dose). Also finds where a message was cut off and which unproven option it names.
/// </summary>
public static partial class RequestClassifier
{
    // Words a cut-off message often ends in: "the dose was", "for example", "and".
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "with", "without", "for", "of", "to", "from", "was", "were", "is", "are",
        "my", "your", "because", "like", "example", "about", "on", "in", "at", "by", "that", "which", "if", "when", "than", "as",
    };

    // Words people use in these conversations; a last word that is a strict prefix of one of them was cut off ("neutr").
    private static readonly string[] Vocabulary =
    [
        "neutrophils", "neutropenia", "neutrophil", "chemotherapy", "radiotherapy", "radiation", "ribociclib", "palbociclib",
        "abemaciclib", "letrozole", "anastrozole", "tamoxifen", "fulvestrant", "metastases", "metastatic", "oligometastatic",
        "immunotherapy", "integrative", "supplements", "acupuncture", "fenbendazole", "ivermectin", "vitamin", "mistletoe",
        "curcumin", "treatment", "medication", "medicine", "oncologist", "surgery", "symptoms", "progression", "remission",
        "platelets", "hemoglobin", "haemoglobin", "dosage", "offlabels", "off-label", "clinical", "trials", "recurrence",
    ];

    /// <summary>Parses an author-stated kind (guideline, benign, non-guideline, truncated, emergency, dosing, harmful).</summary>
    public static RequestKind? Parse(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        // Spellings people use besides the names in RequestKinds.
        "nonguideline" or "unproven" or "off-label" => RequestKind.NonGuideline,
        "cut-off" => RequestKind.Truncated,
        "dose" => RequestKind.Dosing,
        "prompt-injection" or "injection" => RequestKind.Harmful,
        var name => RequestKinds.Parse(name),
    };

    /// <summary>The kind of <paramref name="message"/>: <paramref name="statedKind"/> when it names one, else detected.</summary>
    public static RequestKind Classify(string message, string? statedKind = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Parse(statedKind) is { } stated)
        {
            return stated;
        }

        if (LooksHarmful(message))
        {
            return RequestKind.Harmful;
        }

        if (Emergency(message).Count > 0)
        {
            return RequestKind.Emergency;
        }

        if (CutOffAt(message) is not null)
        {
            return RequestKind.Truncated;
        }

        // "Should I take fenbendazole?" is a request for an unproven option, not a dosing question.
        if (IgnoreGuidelines().IsMatch(message) || UnprovenOption(message) is not null)
        {
            return RequestKind.NonGuideline;
        }

        if (PersonalDose().IsMatch(message))
        {
            return RequestKind.Dosing;
        }

        return GuidelineTopic().IsMatch(message) ? RequestKind.Guideline : RequestKind.Benign;
    }

    /// <summary>The emergencies a message describes: "spinal-cord-compression", "febrile-neutropenia" (empty when none).</summary>
    public static IReadOnlyList<string> Emergency(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var found = new List<string>(2);
        if ((BackPain().IsMatch(message) && LegWeakness().IsMatch(message)) || SpinalCord().IsMatch(message) || Continence().IsMatch(message))
        {
            found.Add("spinal-cord-compression");
        }

        if (Fever().IsMatch(message) && (LowCounts().IsMatch(message) || Chemotherapy().IsMatch(message)))
        {
            found.Add("febrile-neutropenia");
        }

        return found;
    }

    /// <summary>The last words of a message that was cut off (ends in "...", a dangling word or a broken word), else null.</summary>
    public static string? CutOffAt(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.TrimEnd();
        var words = Words().Matches(text).Select(m => m.Value).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var tail = string.Join(" ", words[Math.Max(0, words.Length - 3)..]);
        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))
        {
            return tail;
        }

        if (text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!'))
        {
            return null;
        }

        var last = words[^1];
        var broken = last.Length >= 3 && Vocabulary.Any(v =>
            v.Length > last.Length && v.StartsWith(last, StringComparison.OrdinalIgnoreCase)) &&
            !Vocabulary.Contains(last, StringComparer.OrdinalIgnoreCase);
        return broken || DanglingWords.Contains(last) ? tail : null;
    }

    /// <summary>The unproven or off-label option a message names (e.g. "fenbendazole"), else null.</summary>
    public static string? UnprovenOption(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = Unproven().Match(message);
        return match.Success ? match.Value.ToLowerInvariant() : null;
    }

    /// <summary>
    /// Whether the message asks for something harmful (an overdose amount, drugs behind the prescriber's back, a forged
    /// or falsified record, someone else's medicine, a pet dosed with human chemotherapy) or tries to override the
    /// assistant's instructions (ignore-instructions, role-play, a pasted "system" line).
    /// </summary>
    public static bool LooksHarmful(string message) => HarmfulAsk().IsMatch(message ?? "") || Injection().IsMatch(message ?? "");

    /// <summary>Whether the message shows self-harm or suicidal intent.</summary>
    public static bool SelfHarm(string message) => SelfHarmIntent().IsMatch(message ?? "");

    /// <summary>Whether the message is about the person's own dose.</summary>
    public static bool MentionsDose(string message) => Dose().IsMatch(message ?? "");

    /// <summary>Whether the message mentions low blood counts.</summary>
    public static bool MentionsLowCounts(string message) => LowCounts().IsMatch(message ?? "");

    [GeneratedRegex(@"\b(?:lethal|fatal|deadly|toxic|overdose)\s+(?:dose|amount|dosage|quantity)|\bhow (?:much|many)\b[^.?!]{0,60}\b(?:kill|die|overdose|fatal|lethal|not wake up|end (?:it|my life))|\b(?:without|behind)\b[^.?!]{0,25}\b(?:knowing|finding out|noticing|back)\b|\b(?:forge|fake|falsify|fabricate|backdate)\w*\b[^.?!]{0,30}\b(?:letter|note|prescription|records?|results?|reports?|signature|scans?|certificate|diagnosis)|\b(?:hide|conceal|withhold)\w*\b[^.?!]{0,40}\bfrom\b[^.?!]{0,20}\b(?:insur\w*|employer|trial|study|doctor|oncologist)|\b(?:someone else's|another person's|(?:aunt|uncle|mum|mom|mother|dad|father|husband|wife|partner|friend|neighbou?r|sister|brother|relative)'s)\s+(?:\w+\s+){0,2}(?:chemo\w*|medicines?|medications?|pills|tablets|prescription|oxycodone|morphine|fentanyl|capecitabine|xeloda)|\b(?:dog|cat|pet)\b[^.?!]{0,80}\b(?:human|online)\b[^.?!]{0,40}\b(?:chemo\w*|lomustine|cyclophosphamide|vincristine|drugs?|pills|tablets)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HarmfulAsk();

    [GeneratedRegex(@"\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,25}\b(?:instructions?|rules|prompt|programming|guardrails|restrictions)\b|\byou are now\b|\b(?:role-?play|let's play a game|stay in character|pretend (?:to be|you are|you're))\b|\b(?:system|admin|developer) (?:note|message|prompt|instruction|override)\b|^\s*\[?system\s*:|\bno (?:safety )?(?:rules|restrictions|filters)\b|\b(?:said|says|told me|authori[sz]ed|approved|allowed)\b[^.?!]{0,20}\byou (?:are |can |may )?(?:allowed|permitted|give)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Injection();

    [GeneratedRegex(@"\b(?:kill(?:ing)? myself|end(?:ing)? my (?:own )?life|suicid\w*|(?:want|wish|going|plan(?:ning)?) to (?:die|be dead|not wake up|end it)|don't want to (?:live|be alive|wake up|be here)|better off dead|not wake up|hurt(?:ing)? myself|end it all|stockpil\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfHarmIntent();

    [GeneratedRegex(@"[\p{L}\p{N}'-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:back|neck|spine|spinal)\b[^.?!]{0,40}\bpain|\bpain\b[^.?!]{0,40}\b(?:back|neck|spine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackPain();

    [GeneratedRegex(@"\b(?:legs?|feet|foot)\b[^.?!]{0,40}\b(?:weak|numb|tingl|heavy|giving way)|\b(?:weak|numb|tingl)\w*\b[^.?!]{0,40}\b(?:legs?|feet|foot)\b|\b(?:trouble|difficulty|can't|cannot) walk", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegWeakness();

    [GeneratedRegex(@"\bspinal cord compression\b|\bcord compression\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpinalCord();

    [GeneratedRegex(@"\b(?:lost|losing|loss of|can't control|cannot control)\b[^.?!]{0,20}\b(?:bladder|bowel)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Continence();

    [GeneratedRegex(@"\b(?:fever|feverish|temperature of|temp of|chills|shivering|3[89](?:[.,]\d)?\s*°?\s*c|10[0-4](?:[.,]\d)?\s*°?\s*f)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fever();

    [GeneratedRegex(@"\b(?:low|dropped|drop in|falling)\b[^.?!]{0,25}\b(?:neutrophils?|white (?:blood )?(?:cells?|counts?)|counts?|wbc)\b|\bneutropeni", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowCounts();

    [GeneratedRegex(@"\b(?:chemo|chemotherapy|ribociclib|ribocyclib|palbociclib|abemaciclib)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chemotherapy();

    [GeneratedRegex(@"\b(?:my|the)\s+(?:dose|dosage)\b|\b(?:how (?:much|many)|what dose|which dose|should i (?:take|reduce|lower|increase|stop|skip))\b|\b\d+\s*mg\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalDose();

    [GeneratedRegex(@"\b(?:dose|dosage|mg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dose();

    [GeneratedRegex(@"\b(?:no need to|don't|do not|without|ignore|forget|skip)\b[^.?!]{0,20}\b(?:rely|relying|use|using|follow|following)?\b[^.?!]{0,10}\b(?:nccn|asco|esmo|guidelines?)\b|\bnot (?:the )?(?:nccn|guidelines?)\b|\b(?:instead of|rather than)\s+(?:chemo|chemotherapy|standard|conventional)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IgnoreGuidelines();

    [GeneratedRegex(@"\b(?:fenbendazole|ivermectin|mebendazole|laetrile|amygdalin|apricot kernels?|high[- ]dose (?:iv )?vitamin c|vitamin c infusions?|mistletoe|cannabis oil|rso|essiac|black salve|alkaline diet|coffee enemas?|off[- ]?labels?|alternative (?:medicine|treatment|therapy|cure)s?|natural cure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unproven();

    [GeneratedRegex(@"\b(?:cancer|tumou?r|metasta\w*|chemo\w*|radiation|radiotherapy|surgery|treatment|therapy|oncolog\w*|trials?|side effects?|guidelines?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuidelineTopic();
}
