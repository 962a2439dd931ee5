using System.Buffers;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Finds negation, hedge, reported-speech and quotation scopes over tokens. A negation or hedge cue covers the
/// following words of its clause, up to a reach; a reported-speech cue ("claims", "is promoted as") covers its whole
/// clause; a quotation covers the words between matching quotation marks on one line.
/// </summary>
internal static class ScopeFinder
{
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\n\u201C\u201D\"");

    private const byte NegationCue = 1, HedgeCue = 2, ReportedCue = 4;

    /// <summary>Which cues (negation, hedge, reported speech) a word is; kept per word in <see cref="Word.Cue"/>.</summary>
    public static byte CueOf(string term, string stem) => (byte)(
        (ScopeCues.Negation.Contains(term) || term.EndsWith("n't", StringComparison.Ordinal) ? NegationCue : 0) |
        (ScopeCues.Hedge.Contains(term) ? HedgeCue : 0) |
        (ScopeCues.Reported.Contains(stem) ? ReportedCue : 0));

    /// <summary>The scopes over <paramref name="tokens"/>; <paramref name="cues"/> holds each token's <see cref="CueOf"/>.</summary>
    public static List<Scope> Find(string text, List<Token> tokens, ReadOnlySpan<byte> cues)
    {
        var scopes = new List<Scope>();
        List<(int Cue, int Last)>? frames = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var cue = cues[i];
            if (((cue & NegationCue) != 0 || IsPhraseCue(tokens, i)) && !IsCoordinatedImperative(tokens, i) && !DeniesNothing(tokens, i))
            {
                if (IsFrame(tokens, i))
                {
                    (frames ??= []).Add((i, FrameEnd(text, tokens, i)));
                }
                else if (DeniesDelay(tokens, i) || DeniesNegative(tokens, i))
                {
                    // "do not delay going", "don't hesitate to call": the delay is denied, so what follows is urged; "not
                    // uncommon to have flares" denies only the rarity, so the flares are asserted.
                    scopes.Add(new Scope(ScopeKind.Negation, token.Span, i + 1, i + 1));
                }
                else
                {
                    AddForward(scopes, ScopeKind.Negation, tokens, i, ScopeCues.NegationReach, StopsAtVerb(tokens, i));
                    AddSubject(text, scopes, tokens, i);
                    AddAcrossExamples(scopes, tokens, i);
                }
            }
            else if ((cue & HedgeCue) != 0)
            {
                AddForward(scopes, ScopeKind.Hedge, tokens, i, ScopeCues.HedgeReach, stopAtVerb: false);
            }

            if ((cue & ReportedCue) != 0)
            {
                // The clause the cue reports, back to its start ("vitamin C is touted as a cure"); a cue that is the object
                // of a preposition ("respond to the clinic's claims", "ask about these claims") reports only what follows it.
                var first = i;
                while (first > 0 && tokens[first - 1].Clause == token.Clause && !ObjectOfPreposition(tokens, i))
                {
                    first--;
                }

                var last = i;
                while (last + 1 < tokens.Count && tokens[last + 1].Clause == token.Clause)
                {
                    last++;
                }

                // "About the clinic's claim: a 60% response rate …": what a colon after the cue opens is the claim.
                if (last == i && i + 1 < tokens.Count && tokens[i + 1].Sentence == token.Sentence &&
                    text.AsSpan(token.Span.End, tokens[i + 1].Span.Start - token.Span.End).Contains(':'))
                {
                    while (last + 1 < tokens.Count && tokens[last + 1].Sentence == token.Sentence)
                    {
                        last++;
                    }
                }

                scopes.Add(new Scope(ScopeKind.Reported, token.Span, first, last));
            }
        }

        foreach (var (cue, last) in frames ?? [])
        {
            AddFrame(scopes, tokens, cue, last);
        }

        AddQuotes(text, tokens, scopes);
        AddSingleQuotes(text, tokens, scopes);
        AddCitations(text, tokens, scopes);
        AddWordScopes(text, tokens, scopes);
        AddWeakEvidence(tokens, scopes);
        return scopes;
    }

    /// <summary>
    /// Evidence said to be only of a weak kind denies proof rather than claiming it: "only in small early studies", "just
    /// lab studies". The study noun is negated (only it: what the studies looked at stays as said). Evidence called
    /// limited or mixed is the unsettled-evidence lexicon's, and a kind of study on its own presents a finding ("lab
    /// studies show it kills cancer cells").
    /// </summary>
    private static void AddWeakEvidence(List<Token> tokens, List<Scope> scopes)
    {
        // Keyed on the rare restricting word, so the common case costs one length-checked comparison per word.
        for (var only = 0; only + 2 < tokens.Count; only++)
        {
            if (tokens[only].Term is not ("only" or "just" or "mostly" or "merely" or "solely"))
            {
                continue;
            }

            for (var kind = only + 1; kind <= only + 3 && kind + 1 < tokens.Count && tokens[kind].Clause == tokens[only].Clause; kind++)
            {
                if (!ScopeCues.EarlyEvidence.Contains(tokens[kind].Term))
                {
                    continue;
                }

                for (var noun = kind + 1; noun <= kind + 2 && noun < tokens.Count && tokens[noun].Clause == tokens[kind].Clause; noun++)
                {
                    var term = tokens[noun].Term;
                    if (ScopeCues.StudyNouns.Contains(term) || ScopeCues.EvidenceNouns.Contains(term) || term is "reports" or "results" or "findings")
                    {
                        scopes.Add(new Scope(ScopeKind.Negation, tokens[kind].Span, noun, noun));
                        break;
                    }
                }

                break;
            }
        }
    }

    /// <summary>The scopes a word opens with the words next to it (one pass over the answer's words for all three kinds).</summary>
    private static void AddWordScopes(string text, List<Token> tokens, List<Scope> scopes)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            switch (tokens[i].Term)
            {
                case "non":
                    AddNonCompound(text, tokens, scopes, i);
                    break;
                case "idea" or "notion" or "belief" or "myth" or "theory" or "assumption":
                    AddProposition(tokens, scopes, i);
                    break;
                case "ask" or "asks" or "asking" or "asked" or "want" or "wants" or "wanted" or "wanting" or "instruct" or "instructs" or
                    "instructed" or "instructing" or "urge" or "urges" or "urged" or "urging" or "get" or "getting" or "push" or "pushing" or
                    "pressure" or "pressuring" or "tell" or "tells" or "telling" or "told" or "demand" or "demands" or "demanding" or
                    "prompt" or "prompts" or "prompted" or "prompting" or "trick" or "tricking" or "expects" or "expecting" or "expected":
                    AddRequestedSaying(tokens, scopes, i);
                    break;
                default:
                    AddDiscourse(tokens, scopes, i);
                    break;
            }
        }
    }

    /// <summary>Whether the word at <paramref name="cue"/> follows a preposition, with at most a determiner or a possessive between ("to the clinic's claims").</summary>
    private static bool ObjectOfPreposition(List<Token> tokens, int cue)
    {
        for (var t = cue - 1; t >= 0 && t >= cue - 3 && tokens[t].Clause == tokens[cue].Clause; t--)
        {
            if (tokens[t].Term is "to" or "about" or "against" or "with" or "at" or "on" or "into" or "behind" or "regarding")
            {
                return true;
            }

            if (tokens[t].Term is not ("the" or "these" or "those" or "such" or "their" or "its" or "his" or "her" or "any" or "all") &&
                !tokens[t].Term.EndsWith("'s", StringComparison.Ordinal) && !tokens[t].Term.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The idea that a diet starves tumours", "the myth that sugar feeds cancer", "the belief that …": a proposition
    /// named as someone's idea is reported, not asserted, up to the end of its clause.
    /// </summary>
    private static void AddProposition(List<Token> tokens, List<Scope> scopes, int i)
    {
        if (tokens[i + 1].Term != "that" || tokens[i + 1].Sentence != tokens[i].Sentence)
        {
            return;
        }

        var last = i + 1;
        while (last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[i + 1].Clause)
        {
            last++;
        }

        scopes.Add(new Scope(ScopeKind.Reported, tokens[i].Span, i, last));
    }

    /// <summary>Who a request to say something may be made of: the assistant, in its own or a third person's words.</summary>
    private static readonly HashSet<string> Addressees = new(StringComparer.Ordinal)
    {
        "me", "us", "it", "the", "an", "a", "any", "this", "assistant", "assistants", "ai", "ais", "bot", "bots", "chatbot", "chatbots",
        "model", "models", "system", "systems", "tool", "tools",
    };

    /// <summary>Verbs of saying that a request puts in the assistant's mouth ("asks me to confirm that …").</summary>
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "say", "state", "claim", "confirm", "agree", "tell", "write", "declare", "pretend", "assert", "promise", "announce",
        "insist", "certify", "vouch", "reassure", "repeat", "output", "reply", "respond", "answer", "call",
    };

    /// <summary>
    /// What a message or a hidden instruction asks the assistant to say ("the note asks me to say that X is safe", "a line
    /// telling AI tools to state that …", "I've been asked to confirm that …", "trying to get me to agree that …") is
    /// reported, not said, up to the end of the sentence or a contrast. A request made of someone else ("ask your doctor
    /// to confirm the dose") is not one: the asked party must be the assistant, or unnamed in a passive.
    /// </summary>
    private static void AddRequestedSaying(List<Token> tokens, List<Scope> scopes, int i)
    {
        var sentence = tokens[i].Sentence;
        var passive = i > 0 && tokens[i - 1].Term is "been" or "being" or "was" or "am" or "i'm" or "i\u2019m" or "is" or "were" or "got";
        var to = i + 1;
        while (to < tokens.Count && to <= i + 4 && tokens[to].Sentence == sentence && tokens[to].Term != "to")
        {
            if (!Addressees.Contains(tokens[to].Term))
            {
                return; // someone other than the assistant is asked ("ask your doctor to …")
            }

            to++;
        }

        if (to + 1 >= tokens.Count || tokens[to].Term != "to" || tokens[to + 1].Sentence != sentence ||
            !SayingVerbs.Contains(tokens[to + 1].Term) || (to == i + 1 && !passive))
        {
            return;
        }

        var first = to + 2;
        var last = to + 1;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == sentence && !ScopeCues.Contrasts.Contains(tokens[last + 1].Term))
        {
            last++;
        }

        if (last >= first)
        {
            scopes.Add(new Scope(ScopeKind.Reported, tokens[i].Span, first, last));
        }
    }

    /// <summary>
    /// "Non-muscle-invasive", "non-smoker": the prefix denies the words it is joined to by hyphens, and nothing after the
    /// compound ("non-invasive cancer needs follow-up" denies only the invasion).
    /// </summary>
    private static void AddNonCompound(string text, List<Token> tokens, List<Scope> scopes, int i)
    {
        if (tokens[i].Span.End >= text.Length || text[tokens[i].Span.End] != '-' || tokens[i + 1].Span.Start != tokens[i].Span.End + 1)
        {
            return;
        }

        var last = i + 1;
        while (last + 1 < tokens.Count && tokens[last].Span.End < text.Length && text[tokens[last].Span.End] == '-' &&
            tokens[last + 1].Span.Start == tokens[last].Span.End + 1)
        {
            last++;
        }

        scopes.Add(new Scope(ScopeKind.Negation, tokens[i].Span, i + 1, last));
    }

    /// <summary>
    /// Formulas that introduce what follows ("it may help to know that", "it's worth noting", "good to know"): their
    /// words say nothing of their own, so "help" there is no claim that something helps.
    /// </summary>
    private static void AddDiscourse(List<Token> tokens, List<Scope> scopes, int i)
    {
        var last = tokens[i].Term switch
        {
            "help" or "helps" or "helpful" or "good" or "useful" or "important" when tokens[i + 1].Term == "to" && i + 2 < tokens.Count &&
                tokens[i + 2].Term is "know" or "understand" or "remember" or "note" or "bear" or "keep" or "realise" or "realize" or "hear" => i + 2,
            "worth" when tokens[i + 1].Term is "knowing" or "noting" or "remembering" or "bearing" or "saying" => i + 1,
            _ => -1,
        };

        if (last > 0 && tokens[last].Sentence == tokens[i].Sentence)
        {
            // The modal before it belongs to the formula: "it may (also) help to know".
            var first = i;
            while (first > 0 && tokens[first - 1].Sentence == tokens[i].Sentence && first > i - 3 &&
                tokens[first - 1].Term is "also" or "really" or "may" or "might" or "can" or "could" or "will" or "would" or "be" or "is")
            {
                first--;
            }

            scopes.Add(new Scope(ScopeKind.Discourse, tokens[i].Span, first, last));
        }
    }

    /// <summary>Labels that open a line of citations ("Sources: …", "References: …").</summary>
    private static readonly string[] CitationLabels =
        ["source", "sources", "sources to read more", "reference", "references", "citation", "citations", "further reading", "read more"];

    /// <summary>
    /// A line of citations ("Source: Johnson et al., Use of alternative medicine for cancer …") names papers and
    /// guidelines; their titles are named, not said by the answer, so the line is a citation scope.
    /// </summary>
    private static void AddCitations(string text, List<Token> tokens, List<Scope> scopes)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).TrimStart(" \t*-#>_");
            var colon = line.IndexOf(':');
            if (colon > 0 && IsCitationLabel(line[..colon].TrimEnd(" *_")))
            {
                int first = -1, last = -1;
                for (var t = FirstAtOrAfter(tokens, start); t < tokens.Count && tokens[t].Span.Start < end; t++)
                {
                    first = first < 0 ? t : first;
                    last = t;
                }

                if (first >= 0)
                {
                    scopes.Add(new Scope(ScopeKind.Citation, new TextSpan(start, 1), first, last));
                }
            }

            start = end + 1;
        }
    }

    private static bool IsCitationLabel(ReadOnlySpan<char> label)
    {
        foreach (var candidate in CitationLabels)
        {
            if (label.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "No special diet, such as a ketogenic diet, has been shown to treat cancer": a subject opened by "no"/"none"/"neither"
    /// and followed by examples set off by commas ("such as …", "including …", "like …", "for example …") is still the
    /// subject of the predicate after them, so the negation covers that predicate too. "No, for most people …" (the
    /// interjection, with no noun after it) does not.
    /// </summary>
    private static void AddAcrossExamples(List<Scope> scopes, List<Token> tokens, int cue)
    {
        if (tokens[cue].Term is not ("no" or "none" or "neither") || (cue > 0 && tokens[cue - 1].Clause == tokens[cue].Clause) ||
            cue + 1 >= tokens.Count || tokens[cue + 1].Clause != tokens[cue].Clause)
        {
            return;
        }

        var t = cue;
        while (t + 1 < tokens.Count && tokens[t + 1].Clause == tokens[cue].Clause)
        {
            t++;
        }

        var examples = false;
        while (t + 2 < tokens.Count && tokens[t + 1].Sentence == tokens[cue].Sentence &&
            (tokens[t + 1].Term is "such" or "including" or "like" or "e.g" or "especially" ||
             (tokens[t + 1].Term == "for" && tokens[t + 2].Term is "example" or "instance")))
        {
            var clause = tokens[t + 1].Clause;
            t++;
            while (t + 1 < tokens.Count && tokens[t + 1].Clause == clause)
            {
                t++;
            }

            examples = true;
        }

        if (!examples || t + 1 >= tokens.Count || tokens[t + 1].Sentence != tokens[cue].Sentence)
        {
            return;
        }

        var first = t + 1;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[first].Clause && last + 1 - first < ScopeCues.NegationReach)
        {
            last++;
        }

        scopes.Add(new Scope(ScopeKind.Negation, tokens[cue].Span, first, last));
    }

    /// <summary>A negation whose next word is a verb of delay ("not delay", "don't hesitate", "never wait"): it denies only the delay.</summary>
    private static bool DeniesDelay(List<Token> tokens, int cue) =>
        cue + 1 < tokens.Count && tokens[cue + 1].Clause == tokens[cue].Clause &&
        tokens[cue + 1].Term is "delay" or "delaying" or "hesitate" or "wait" or "waiting" &&
        // "do not wait and watch": a second verb joined to the delay is denied with it.
        !(cue + 2 < tokens.Count && tokens[cue + 2].Clause == tokens[cue].Clause && tokens[cue + 2].Term is "and" or "or");

    /// <summary>
    /// Content words that negate in a phrase, and only there: "(steer|stay|keep) away from", "(steer|stay|keep) clear of"
    /// ("call right away" urges; "the rash should clear" says it heals).
    /// </summary>
    private static bool IsPhraseCue(List<Token> tokens, int cue)
    {
        var word = tokens[cue].Term;
        if (word is not ("away" or "clear") || cue == 0 || cue + 1 >= tokens.Count ||
            tokens[cue - 1].Clause != tokens[cue].Clause || tokens[cue + 1].Clause != tokens[cue].Clause)
        {
            return false;
        }

        return tokens[cue + 1].Term == (word == "away" ? "from" : "of") &&
            tokens[cue - 1].Term is "steer" or "stay" or "keep" or "steering" or "staying" or "keeping" or "steered" or "you" or "him" or "her" or "them";
    }

    /// <summary>
    /// A cue word that denies nothing where it stands: "rather" but in "rather than" ("I'd rather keep to tested options"
    /// states a preference), "never" after "almost" (it says how often, as "rarely" does), "against" after protection.
    /// </summary>
    private static bool DeniesNothing(List<Token> tokens, int cue) => tokens[cue].Term switch
    {
        "rather" => !(cue + 1 < tokens.Count && tokens[cue + 1].Term == "than"),
        "never" => cue > 0 && tokens[cue - 1].Clause == tokens[cue].Clause && tokens[cue - 1].Term is "almost" or "nearly" or "virtually" or "practically",
        "against" => Protects(tokens, cue),
        "unable" => !SpeakerUnable(tokens, cue) && !ConditionOpens(tokens, cue),
        _ => NotUntil(tokens, cue),
    };

    /// <summary>
    /// "relapse is not called until the PSA climbs past 0.2", "treatment is not started until …": a negation that
    /// runs into "until" sets when the thing happens rather than denying it. Only plain negators count: "stop the drug
    /// until the rash settles" still stops it.
    /// </summary>
    private static bool NotUntil(List<Token> tokens, int cue)
    {
        var word = tokens[cue].Term;
        if (!(word is "not" or "never" or "no" || (word.EndsWith("n't", StringComparison.Ordinal) && word is not "can't" and not "won't")))
        {
            return false;
        }

        for (var t = cue + 1; t <= cue + 5 && t < tokens.Count && tokens[t].Clause == tokens[cue].Clause; t++)
        {
            // "Don't wait until morning", "do not leave it until Monday": the waiting itself is denied.
            if (ScopeCues.Waiting.Contains(tokens[t].Term))
            {
                return false;
            }

            if (tokens[t].Term is "until" or "till" or "til" || (tokens[t].Term == "for" && ScopeCues.Scheduled.Contains(tokens[t - 1].Term) && SpanFollows(tokens, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "for 5 years", "for another two months", "for at least a year" after <paramref name="at"/>: a span of time, which
    /// after a negated schedule ("a repeat scan isn't due for 3 years") says when, as "until" does.
    /// </summary>
    private static bool SpanFollows(List<Token> tokens, int at)
    {
        for (var t = at + 1; t <= at + 4 && t < tokens.Count && tokens[t].Clause == tokens[at].Clause; t++)
        {
            if (ScopeCues.SpanUnits.Contains(tokens[t].Term))
            {
                return t > at + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// "I'm unable to recommend it", "we are unable to suggest it": the speaker declines. Said of anyone else "unable"
    /// describes a limit ("patients unable to swallow") and denies nothing in what follows, unless a condition opens on
    /// it (see <see cref="ConditionOpens"/>).
    /// </summary>
    private static bool SpeakerUnable(List<Token> tokens, int cue)
    {
        var before = cue > 0 && tokens[cue - 1].Clause == tokens[cue].Clause ? tokens[cue - 1].Term : "";
        var twoBefore = cue > 1 && tokens[cue - 2].Clause == tokens[cue].Clause ? tokens[cue - 2].Term : "";
        return before is "i'm" or "we're" or "i\u2019m" or "we\u2019re" ||
            (before is "am" or "are" or "was" or "were" && twoBefore is "i" or "we");
    }

    /// <summary>
    /// "If unable to keep fluids down", "when you are unable to swallow": a condition that names what cannot be done is
    /// the same condition as "if you can't keep fluids down", so its "unable" denies as "can't" does.
    /// </summary>
    private static bool ConditionOpens(List<Token> tokens, int cue)
    {
        for (var t = cue - 1; t >= 0 && t >= cue - 4 && tokens[t].Clause == tokens[cue].Clause; t--)
        {
            if (ScopeCues.ConditionOpeners.Contains(tokens[t].Term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Vaccinated against typhoid", "protects the newborn against whooping cough": protection against a disease does not deny it.</summary>
    private static bool Protects(List<Token> tokens, int cue)
    {
        for (var t = cue - 1; t >= 0 && t >= cue - 3 && tokens[t].Clause == tokens[cue].Clause; t--)
        {
            if (tokens[t].Term is "protect" or "protects" or "protected" or "protecting" or "protection" or "protective" or "vaccine" or
                "vaccines" or "vaccinate" or "vaccinated" or "vaccination" or "immunise" or "immunised" or "immunize" or "immunized" or
                "immunisation" or "immunization" or "immunity" or "jab" or "shot" or "guard" or "guards" or "shield" or "shields")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that are negative themselves, so that a negation before them is litotes ("not uncommon", "not unusual").</summary>
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "uncommon", "unusual", "unlikely", "unheard", "unexpected", "unknown", "unreasonable", "unsafe", "unhelpful", "unimportant",
        "infrequent", "insignificant", "impossible", "improbable", "rare", "irrelevant", "ineffective", "inappropriate", "unrelated",
    };

    /// <summary>"Not uncommon", "not unusual", "not rare": a negation right before a negative word denies only that word.</summary>
    private static bool DeniesNegative(List<Token> tokens, int cue) =>
        tokens[cue].Term is "not" or "isn't" or "aren't" or "wasn't" or "weren't" && cue + 1 < tokens.Count &&
        tokens[cue + 1].Clause == tokens[cue].Clause && NegativeWords.Contains(tokens[cue + 1].Term);

    /// <summary>
    /// "Stop and call your team", "avoid, or …": a verb cue coordinated with the next verb (or standing alone) has
    /// nothing to negate; the action after "and" is what the answer asks for.
    /// </summary>
    private static bool IsCoordinatedImperative(List<Token> tokens, int cue) =>
        tokens[cue].Term is "stop" or "avoid" &&
        (cue + 1 >= tokens.Count || tokens[cue + 1].Clause != tokens[cue].Clause || tokens[cue + 1].Term is "and" or "or" or "then");

    private static void AddForward(List<Scope> scopes, ScopeKind kind, List<Token> tokens, int cue, int reach, bool stopAtVerb)
    {
        var last = cue;
        while (last + 1 < tokens.Count && last + 1 - cue <= reach && tokens[last + 1].Clause == tokens[cue].Clause &&
            !(stopAtVerb && ScopeCues.FiniteVerbs.Contains(tokens[last + 1].Term)))
        {
            last++;
        }

        if (last > cue)
        {
            scopes.Add(new Scope(kind, tokens[cue].Span, cue + 1, last));
        }
    }

    /// <summary>
    /// "not" that follows no verb ("promising but not yet proven", "not by the patient alone") and the adjective
    /// "unproven" negate a phrase: the finite verb after it ("… are best tried in a trial") starts a predicate they do not
    /// reach. So does a preposition-like cue ("instead", "rather", "without", "against"): "instead of chemo are a gentle
    /// option" negates its noun phrase, not the predicate that follows it.
    /// </summary>
    private static bool StopsAtVerb(List<Token> tokens, int cue) =>
        tokens[cue].Term is "unproven" or "instead" or "rather" or "without" or "against" ||
        (tokens[cue].Term == "not" && (cue == 0 || tokens[cue - 1].Clause != tokens[cue].Clause || !ScopeCues.FiniteVerbs.Contains(tokens[cue - 1].Term)));

    /// <summary>
    /// A negated copula whose predicate judges the subject ("… is not the usual backbone", "… are not recommended",
    /// "… isn't safe") denies the subject as well, so the negation reaches back over it; which predicates do, and how far
    /// back, is each rule's below.
    /// </summary>
    private static void AddSubject(string text, List<Scope> scopes, List<Token> tokens, int cue)
    {
        if (cue + 1 >= tokens.Count)
        {
            return;
        }

        var predicate = tokens[cue + 1].Term;
        if (predicate == "the")
        {
            AddRoleSubject(text, scopes, tokens, cue);
        }
        else if (!(predicate is "recommended" or "advised" or "advisable" && AddAdviceSubject(text, scopes, tokens, cue)) &&
            ScopeCues.Advised.Contains(predicate))
        {
            AddActionSubject(scopes, tokens, cue);
        }
    }

    /// <summary>
    /// The copula a negation cue denies ("is" of "is not", or "isn't" itself) in the cue's clause, at most one adverb
    /// back when <paramref name="adverb"/> ("are specifically not recommended"); -1 when there is none.
    /// </summary>
    private static int NegatedCopula(List<Token> tokens, int cue, bool adverb = false)
    {
        var copula = tokens[cue].Term == "not" ? cue - 1 : cue;
        if (adverb && copula >= 1 && tokens[cue].Term == "not" &&
            tokens[copula].Term is "specifically" or "generally" or "usually" or "currently" or "normally" or "routinely" or "still")
        {
            copula--;
        }

        return copula >= 1 && tokens[copula].Clause == tokens[cue].Clause &&
            tokens[copula].Term is "is" or "are" or "was" or "were" or "isn't" or "aren't" or "wasn't" or "weren't" ? copula : -1;
    }

    /// <summary>The first word of the clause <paramref name="at"/> stands in.</summary>
    private static int ClauseStart(List<Token> tokens, int at)
    {
        var first = at;
        while (first > 0 && tokens[first - 1].Clause == tokens[at].Clause)
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// "Hormone therapy is not the usual backbone": a copula negated before a definite noun phrase denies that the
    /// subject plays the role the phrase names, so the negation covers the subject too (from the start of its clause).
    /// An indefinite one ("… is not a safe substitute") only denies a property and leaves the subject alone.
    /// </summary>
    private static void AddRoleSubject(string text, List<Scope> scopes, List<Token> tokens, int cue)
    {
        var copula = NegatedCopula(tokens, cue);
        if (copula < 0)
        {
            return;
        }

        // A bracketed aside belongs to the subject: "Hormone (endocrine) therapy is not …".
        var first = copula;
        while (first > 0 && tokens[first - 1].Sentence == tokens[copula].Sentence &&
            (tokens[first - 1].Clause == tokens[first].Clause || OnlyBrackets(text.AsSpan(tokens[first - 1].Span.End, tokens[first].Span.Start - tokens[first - 1].Span.End))))
        {
            first--;
        }

        if (first < copula)
        {
            scopes.Add(new Scope(ScopeKind.Negation, tokens[cue].Span, first, copula - 1));
        }
    }

    /// <summary>
    /// "Taking it with breakfast isn't recommended", "crushing the tablets is not a good idea", "… isn't how it's meant to
    /// be used": an action named as the subject (a singular copula), judged not advised, is denied as a whole, so the
    /// negation covers the action from where it starts in its clause.
    /// </summary>
    private static void AddActionSubject(List<Scope> scopes, List<Token> tokens, int cue)
    {
        var copula = NegatedCopula(tokens, cue);
        if (copula < 0 || tokens[copula].Term is "are" or "were" or "aren't" or "weren't" ||
            (tokens[cue + 1].Term == "a" && !(cue + 3 < tokens.Count && tokens[cue + 2].Term is "good" or "wise" or "great" or "sensible" && tokens[cue + 3].Term == "idea")))
        {
            return;
        }

        // The action opens the clause or follows a conjunction in it ("…, so swallowing it with breakfast is not how it
        // is meant to go", "platelets are low, and taking ibuprofen isn't safe").
        var first = ClauseStart(tokens, copula);
        for (var head = copula - 1; head >= first; head--)
        {
            var word = tokens[head].Term;
            if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !ScopeCues.NotActions.Contains(word) &&
                (head == first || tokens[head - 1].Term is "and" or "or" or "so" or "then" or "but" or "also"))
            {
                scopes.Add(new Scope(ScopeKind.Negation, tokens[cue].Span, head, copula - 1));
                return;
            }
        }
    }

    /// <summary>
    /// "Routine scans and marker blood tests are (specifically) not advised when well": advice denied for
    /// what the clause names denies the whole practice, so the negation covers the subject from the start of its clause.
    /// </summary>
    private static bool AddAdviceSubject(string text, List<Scope> scopes, List<Token> tokens, int cue)
    {
        var copula = NegatedCopula(tokens, cue, adverb: true);
        if (copula < 0)
        {
            return false;
        }

        // A subject listed with commas ("Routine CT, MRI or bone scans are not recommended"): the
        // earlier items are verbless clauses of their own.
        var first = ClauseStart(tokens, copula);
        while (first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence &&
            text.AsSpan(tokens[first - 1].Span.End, tokens[first].Span.Start - tokens[first - 1].Span.End).Trim() is ",")
        {
            var start = ClauseStart(tokens, first - 1);
            var verbless = first - start <= 4;
            for (var t = start; t < first && verbless; t++)
            {
                verbless = !ScopeCues.FiniteVerbs.Contains(tokens[t].Term) && !ScopeCues.ClauseOpeners.Contains(tokens[t].Term);
            }

            if (!verbless)
            {
                break;
            }

            first = start;
        }

        if (ScopeCues.ClauseOpeners.Contains(tokens[first].Term) || tokens[first].Term is "and" or "or" or "then" or "also")
        {
            first++;
        }

        if (first >= copula)
        {
            return false;
        }

        scopes.Add(new Scope(ScopeKind.Negation, tokens[cue].Span, first, copula - 1));
        return true;
    }

    private static bool OnlyBrackets(ReadOnlySpan<char> gap) => gap.Trim().Length > 0 && gap.Trim().Trim("()").Length == 0;

    /// <summary>A sentence-level frame: "it is not true that …", "it isn't the case that …", "not correct that …", "no evidence that …".</summary>
    private static bool IsFrame(List<Token> tokens, int cue)
    {
        if (tokens[cue].Term == "no")
        {
            // "no (reliable) evidence that …", "no proof that …": the evidence for the whole claim after "that" is denied,
            // however the claim is interrupted ("that cannabis oil — including … — shrinks glioblastoma").
            for (var noun = cue + 1; noun <= cue + 3 && noun + 1 < tokens.Count; noun++)
            {
                if (ScopeCues.EvidenceNouns.Contains(tokens[noun].Term))
                {
                    if ((tokens[noun + 1].Term == "that" && tokens[noun + 1].Sentence == tokens[cue].Sentence) ||
                        DeniedFinding(tokens, noun + 1, tokens[cue].Sentence))
                    {
                        return true;
                    }

                    break;
                }

                // "No (randomised) trial has (ever) shown that …": the finding is denied for the whole claim after "that".
                if (ScopeCues.StudyNouns.Contains(tokens[noun].Term) && DeniedFinding(tokens, noun + 1, tokens[cue].Sentence))
                {
                    return true;
                }
            }
        }

        if (KnowsOfNone(tokens, cue))
        {
            return true;
        }

        var next = cue + 1;
        if (next < tokens.Count && tokens[next].Term == "the" && next + 1 < tokens.Count && tokens[next + 1].Term == "case")
        {
            next++;
        }

        return next + 1 < tokens.Count && ScopeCues.FrameWords.Contains(tokens[next].Term) && tokens[next + 1].Term == "that" &&
            tokens[next + 1].Sentence == tokens[cue].Sentence;
    }

    /// <summary>
    /// "I'm not aware of any (supplement) that …", "we don't know of anything which …": the speaker knows of nothing
    /// the claim after "that" holds for, so the frame denies that claim.
    /// </summary>
    private static bool KnowsOfNone(List<Token> tokens, int cue)
    {
        var t = cue + 1;
        if (t + 2 >= tokens.Count || tokens[t].Term is not ("aware" or "know") || tokens[t + 1].Term != "of" ||
            tokens[t + 2].Term is not ("any" or "anything" or "anyone"))
        {
            return false;
        }

        for (var rel = t + 3; rel <= t + 5 && rel < tokens.Count && tokens[rel].Sentence == tokens[cue].Sentence; rel++)
        {
            if (tokens[rel].Term is "that" or "which" or "who")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words from <paramref name="at"/> are "(has|have|had) (ever|yet) shown that", in one sentence.</summary>
    private static bool DeniedFinding(List<Token> tokens, int at, int sentence)
    {
        var t = at;
        if (t < tokens.Count && tokens[t].Term is "has" or "have" or "had" or "ever")
        {
            t++;
        }

        if (t < tokens.Count && tokens[t].Term is "ever" or "yet" or "convincingly" or "clearly" or "reliably")
        {
            t++;
        }

        return t + 1 < tokens.Count && ScopeCues.FindingVerbs.Contains(tokens[t].Term) && tokens[t + 1].Term == "that" &&
            tokens[t + 1].Sentence == sentence;
    }

    /// <summary>
    /// A frame negates the whole claim after it, commas and all, up to the end of its sentence, a semicolon or colon,
    /// a contrast ("but", "however") that opens a claim of its own, or, for a denied finding, the answer's conclusion
    /// (", so …").
    /// </summary>
    private static int FrameEnd(string text, List<Token> tokens, int cue)
    {
        // A denied finding ("no evidence that …", "no trial has shown that …") ends at the answer's conclusion; a denied
        // truth ("it is not true that …") covers the whole proposition, its "so" included.
        var evidence = tokens[cue].Term == "no";
        var last = cue;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[cue].Sentence &&
            text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).IndexOfAny(";:") < 0 &&
            !ScopeCues.Contrasts.Contains(tokens[last + 1].Term) && !(evidence && Concludes(text, tokens, last + 1)))
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// Whether the word at <paramref name="t"/> opens the answer's conclusion after a comma ("there's no good evidence
    /// that it works, so it's not something we'd suggest"): what follows is the answer's own, not part of the denied
    /// finding.
    /// </summary>
    private static bool Concludes(string text, List<Token> tokens, int t) =>
        tokens[t].Term is "so" or "therefore" or "hence" or "thus" &&
        text.AsSpan(tokens[t - 1].Span.End, tokens[t].Span.Start - tokens[t - 1].Span.End).IndexOf(',') >= 0;

    /// <summary>
    /// Adds a frame's scope. A plain negation inside it cancels out ("it is not true that surgery did not help" says
    /// it helped): its own scopes (forward, and back over a subject) are dropped and the frame skips the words its
    /// forward scope covered.
    /// </summary>
    private static void AddFrame(List<Scope> scopes, List<Token> tokens, int cue, int last)
    {
        // The cue of a scope is found by its position: a subject scope ("X is not the …") stands before its cue.
        var inner = scopes.FindAll(s => s.Kind == ScopeKind.Negation && s.Cue.Start > tokens[cue].Span.Start && s.Cue.Start < tokens[last].Span.End &&
            Cancels(tokens[FirstAtOrAfter(tokens, s.Cue.Start)].Term));
        scopes.RemoveAll(inner.Contains);
        var first = cue + 1;
        foreach (var scope in inner.Where(s => s.FirstToken > 0 && tokens[s.FirstToken - 1].Span == s.Cue).OrderBy(s => s.FirstToken))
        {
            if (scope.FirstToken - 1 > first)
            {
                scopes.Add(new Scope(ScopeKind.Negation, tokens[cue].Span, first, scope.FirstToken - 2));
            }

            first = Math.Max(first, scope.LastToken + 1);
        }

        if (first <= last)
        {
            scopes.Add(new Scope(ScopeKind.Negation, tokens[cue].Span, first, last));
        }
    }

    /// <summary>Plain negation words cancel a frame; cues that name an action or a lack ("instead of", "without") stay in it.</summary>
    private static bool Cancels(string cue) =>
        cue is "not" or "no" or "never" or "none" or "nor" or "neither" or "cannot" or "nothing" or "nobody" || cue.EndsWith("n't", StringComparison.Ordinal);

    private static void AddQuotes(string text, List<Token> tokens, List<Scope> scopes)
    {
        var open = -1;
        for (var i = text.AsSpan().IndexOfAny(QuoteMarks); i >= 0 && i < text.Length; i = Next(text, i, QuoteMarks))
        {
            var c = text[i];
            if (c is '\n')
            {
                open = -1;
            }
            else if (c is '\u201C' || (c is '"' && open < 0))
            {
                open = i;
            }
            else if ((c is '\u201D' or '"') && open >= 0)
            {
                AddQuote(tokens, scopes, open, i);
                open = -1;
            }
        }
    }

    private static readonly SearchValues<char> SingleQuoteMarks = SearchValues.Create("\n'\u2018\u2019");

    /// <summary>Words a pair of single quotation marks may hold and still be read as a quotation.</summary>
    private const int MaxSingleQuotedWords = 15;

    /// <summary>
    /// Single quotation marks ('It can't hurt', ‘natural cure’) quote too: a mark opens where a word starts after a space
    /// or a bracket and closes where a word ends before a space or punctuation, on the same line, around at most a
    /// sentence's worth of words. An apostrophe inside a word ("can't") neither opens nor closes.
    /// </summary>
    private static void AddSingleQuotes(string text, List<Token> tokens, List<Scope> scopes)
    {
        var open = -1;
        for (var i = text.AsSpan().IndexOfAny(SingleQuoteMarks); i >= 0 && i < text.Length; i = Next(text, i, SingleQuoteMarks))
        {
            var c = text[i];
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + 1 >= text.Length ? ' ' : text[i + 1];
            if (c is '\n')
            {
                open = -1;
            }
            else if (open < 0)
            {
                if ((c is '\u2018' || char.IsWhiteSpace(before) || before is '(' or '[' or '|' or '*' or '_' or '\u2014' or '\u2013') &&
                    char.IsLetterOrDigit(after))
                {
                    open = i;
                }
            }
            else if (!char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after))
            {
                var first = FirstAtOrAfter(tokens, open);
                var end = FirstAtOrAfter(tokens, i);
                if (end - first is > 0 and <= MaxSingleQuotedWords)
                {
                    AddQuote(tokens, scopes, open, i);
                }

                open = -1;
            }
        }
    }

    private static int Next(string text, int i, SearchValues<char> marks)
    {
        var next = text.AsSpan(i + 1).IndexOfAny(marks);
        return next < 0 ? -1 : i + 1 + next;
    }

    private static void AddQuote(List<Token> tokens, List<Scope> scopes, int open, int close)
    {
        int first = -1, last = -1;
        for (var t = FirstAtOrAfter(tokens, open); t < tokens.Count && tokens[t].Span.Start < close; t++)
        {
            first = first < 0 ? t : first;
            last = t;
        }

        if (first >= 0)
        {
            scopes.Add(new Scope(ScopeKind.Quote, new TextSpan(open, 1), first, last));
        }
    }

    private static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
