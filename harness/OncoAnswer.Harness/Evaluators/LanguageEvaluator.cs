using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// <c>answer.language</c>: whether the answer is written in English, the only language the phrase lexicons and the
/// knowledge base read. An answer in another language cannot be judged by the rules (its disclaimer, refusal or
/// dosing instruction would go unseen), so it goes to review with the reason instead of passing or failing by
/// accident. Two signals decide: most words in a script other than Latin, or more function words of other European
/// languages ("el", "der", "les", "che", "não", "het") than of English ("the", "is", "you"). Terse English
/// ("Fever ≥ 38 °C: call the oncology line") has few function words of either kind and stays English.
/// </summary>
public sealed class LanguageEvaluator : OncoAnswerEvaluator
{
    /// <summary>Below this many foreign function words an answer is taken as English (names, quotes, a greeting).</summary>
    private const int MinimumForeign = 3;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "for", "with", "at", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it",
        "its", "this", "that", "these", "those", "you", "your", "they", "their", "we", "our", "he", "his", "she", "her",
        "can", "could", "may", "might", "will", "would", "should", "not", "if", "when", "what", "which", "who", "how",
        "do", "does", "have", "has", "had", "about", "than", "there", "i", "my", "me", "any", "some", "also", "or", "but",
    };

    // Function words of Spanish, German, French, Italian, Portuguese and Dutch that English text does not use.
    private static readonly HashSet<string> ForeignWords = new(StringComparer.Ordinal)
    {
        "el", "los", "las", "del", "que", "y", "una", "por", "con", "para", "su", "sus", "se", "lo", "al", "como", "más",
        "pero", "este", "esta", "es", "der", "das", "und", "ist", "nicht", "mit", "sie", "ein", "eine", "zu", "den", "dem",
        "auf", "für", "von", "sich", "ihr", "ihrem", "ihren", "im", "bitte", "les", "des", "et", "est", "une", "du",
        "pour", "pas", "qui", "dans", "sur", "avec", "ne", "vous", "votre", "ce", "ces", "au", "il", "di", "che", "è",
        "per", "gli", "della", "non", "não", "uma", "com", "da", "do", "é", "seu", "sua", "het", "een", "van", "niet",
        "met", "voor", "zijn", "u", "ook", "ik", "la", "le", "de", "en",
    };

    // What Count adds for a word, by its number (it depends on the term alone): see WordKind.
    private static readonly WordFacts<WordKind> Kinds = new(t => KindOf(t.Term));

    /// <summary>Creates the evaluator (it reads no lexicon).</summary>
    public LanguageEvaluator()
        : base([MetricCatalogue.AnswerLanguage])
    {
    }

    /// <summary>Metric id.</summary>
    public static string LanguageMetricName => MetricCatalogue.AnswerLanguage.Id;

    /// <summary>Counts the answer's words: all, English and foreign function words, and words in a non-Latin script.</summary>
    public static (int Words, int English, int Foreign, int OtherScript) Count(AnswerAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Tally(analysis.TokenSpan, null);
    }

    /// <summary>
    /// Whether sentence <paramref name="sentence"/> is in another language than English: at least three function words of
    /// another language and more of them than of English, or mostly a non-Latin script ("Veuillez consulter votre médecin …"
    /// beside its English). The rules read English only, so such a sentence says nothing they can weigh.
    /// </summary>
    internal static bool IsOtherLanguage(AnswerAnalysis analysis, int sentence)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var (offset, length) = analysis.TokenRange(sentence).GetOffsetAndLength(analysis.Tokens.Count);
        var (words, english, foreign, otherScript) = Tally(analysis.TokenSpan.Slice(offset, length), analysis.Text);
        return (words > 0 && otherScript * 2 > words) || (foreign >= MinimumForeign && foreign > english);
    }

    /// <summary>
    /// Counts the words of <paramref name="tokens"/>. Given the <paramref name="text"/> they stand in, a reference's "et al.",
    /// a name's particle ("Van Poznak", "De Vries") and a prefix ("non-small-cell") are not counted as another language's.
    /// </summary>
    private static (int Words, int English, int Foreign, int OtherScript) Tally(ReadOnlySpan<Token> tokens, string? text)
    {
        int words = 0, english = 0, foreign = 0, otherScript = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            // Two set look-ups per word add up over every word of every answer; a word's kind is worked out once.
            var kind = Kinds.Of(tokens[t]);
            if ((kind & WordKind.Word) == 0)
            {
                continue;
            }

            words++;
            english += (kind & WordKind.English) != 0 ? 1 : 0;
            otherScript += (kind & WordKind.OtherScript) != 0 ? 1 : 0;
            if ((kind & WordKind.Foreign) != 0 && (text is null || !NotForeignHere(tokens, t, text)))
            {
                foreign++;
            }
        }

        return (words, english, foreign, otherScript);
    }

    /// <summary>Whether a foreign function word is a reference's "et al.", a name's particle or a hyphenated prefix here.</summary>
    private static bool NotForeignHere(ReadOnlySpan<Token> tokens, int t, string text)
    {
        var cited = (tokens[t].Term == "et" && t + 1 < tokens.Length && tokens[t + 1].Term == "al") ||
            (tokens[t].Term == "al" && t > 0 && tokens[t - 1].Term == "et");
        var particle = t + 1 < tokens.Length && char.IsUpper(text[tokens[t].Span.Start]) && char.IsUpper(text[tokens[t + 1].Span.Start]);
        var prefix = tokens[t].Span.End < text.Length && text[tokens[t].Span.End] == '-';
        return cited || particle || prefix;
    }

    /// <summary>What a term counts as: a word (it starts with a letter), an English or foreign function word, a word in a non-Latin script.</summary>
    private static WordKind KindOf(string term)
    {
        if (term.Length == 0 || !char.IsLetter(term[0]))
        {
            return WordKind.None;
        }

        return WordKind.Word
            | (EnglishWords.Contains(term) ? WordKind.English : WordKind.None)
            | (ForeignWords.Contains(term) ? WordKind.Foreign : WordKind.None)
            | (term[0] > '\u024F' ? WordKind.OtherScript : WordKind.None);
    }

    /// <inheritdoc/>
    protected override ValueTask<EvaluationResult> ScoreAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var analysis = context.Analysis;
        var (words, englishWords, foreign, otherScript) = Count(analysis);
        var script = words > 0 && otherScript * 2 > words;
        var english = !script && !(foreign >= MinimumForeign && foreign > englishWords);
        var reason = english
            ? string.Create(CultureInfo.InvariantCulture, $"The answer reads as English ({englishWords} English and {foreign} other-language function words in {words} words).")
            : script
                ? string.Create(CultureInfo.InvariantCulture, $"The answer is mostly in a non-Latin script ({otherScript} of {words} words); the rules read English only, so a reviewer must judge it.")
                : string.Create(CultureInfo.InvariantCulture, $"The answer does not read as English ({foreign} function words of another language, {englishWords} of English); the rules read English only, so a reviewer must judge it.");
        var metric = new StringMetric(LanguageMetricName, english ? "english" : "other", reason)
        {
            Interpretation = new EvaluationMetricInterpretation(english ? EvaluationRating.Good : EvaluationRating.Inconclusive, failed: false, reason),
        };
        MetricEvidence.Set(metric, []);
        if (!english)
        {
            Metrics.MarkReview(metric, "the answer is not in English");
        }

        return new ValueTask<EvaluationResult>(new EvaluationResult(metric));
    }

    /// <summary>What <see cref="Count"/> adds for one word.</summary>
    [Flags]
    private enum WordKind : byte
    {
        /// <summary>Not a word (it does not start with a letter).</summary>
        None = 0,

        /// <summary>A word.</summary>
        Word = 1,

        /// <summary>An English function word.</summary>
        English = 2,

        /// <summary>A function word of another European language.</summary>
        Foreign = 4,

        /// <summary>A word in a script other than Latin.</summary>
        OtherScript = 8,
    }
}
