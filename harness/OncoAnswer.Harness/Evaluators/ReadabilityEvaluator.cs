using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// <c>readability.grade</c>: the answer's Flesch–Kincaid grade level (0.39 × words per sentence + 11.8 × syllables per
/// word − 15.59), the school grade a reader needs to follow it. Health-literacy guidance (AMA, NIH) asks for patient
/// material at grade 8 or below, and oncology answers drift into long sentences and long words; the reason says where the
/// answer stands against grade 8 and quotes its hardest sentence as evidence. Informational: it never fails on its own,
/// a team bounds it with a gate threshold (<c>max: 8</c> or <c>mean_max: 8</c> on this metric). Answers of fewer than
/// 20 words are too short to grade, and the metric does not apply to them.
/// </summary>
public sealed class ReadabilityEvaluator : OncoAnswerEvaluator
{
    /// <summary>The grade patient material should not exceed (AMA, NIH).</summary>
    public const double TargetGrade = 8;

    /// <summary>Fewer words than this are not graded: the formula means little on a line or two.</summary>
    public const int MinimumWords = 20;

    /// <summary>Creates the evaluator (it reads no lexicon).</summary>
    public ReadabilityEvaluator()
        : base([MetricCatalogue.ReadabilityGrade])
    {
    }

    /// <summary>The Flesch–Kincaid grade of <paramref name="words"/> words with <paramref name="syllables"/> syllables in <paramref name="sentences"/> sentences.</summary>
    public static double Grade(int words, int sentences, int syllables) =>
        words == 0 || sentences == 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;

    // A word's syllables when it is graded, else 0, by its number: counted once per word, not at every occurrence.
    private static readonly WordFacts<int> GradedSyllables = new(t => t.Term.Length == 0 || !char.IsAsciiLetterLower(t.Term[0]) ? 0 : Syllables(t.Term.AsSpan()));

    /// <summary>The syllables of an English word, by vowel groups less a silent final e (at least one).</summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Syllables(word.AsSpan());
    }

    /// <summary>The same count over the word's characters, without allocating (it runs for every word of every answer).</summary>
    private static int Syllables(ReadOnlySpan<char> word)
    {
        // Only the lower-case ASCII letters count ("don't" is read as "dont").
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                buffer[length++] = c;
            }
        }

        var letters = buffer[..length];
        if (letters.Length <= 3)
        {
            return 1;
        }

        var count = 0;
        var inVowels = false;
        foreach (var c in letters)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            count += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
        }

        // "care", "made": a final e is silent ("table", "simple" keep theirs); so is the e of "-es"/"-ed" after most consonants.
        if ((letters[^1] == 'e' && !letters.EndsWith("le", StringComparison.Ordinal)) ||
            (letters.EndsWith("es", StringComparison.Ordinal) && !IsSibilant(letters[^3])) ||
            (letters.EndsWith("ed", StringComparison.Ordinal) && letters[^3] is not ('t' or 'd')))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    /// <inheritdoc/>
    protected override ValueTask<EvaluationResult> ScoreAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var analysis = context.Analysis;
        var definition = MetricCatalogue.ReadabilityGrade;
        // Per sentence, its graded words and their syllables (indexed by sentence; most answers have a few dozen).
        var sentenceCount = analysis.Sentences.Count;
        var sentenceWords = sentenceCount <= 256 ? stackalloc int[sentenceCount] : new int[sentenceCount];
        var sentenceSyllables = sentenceCount <= 256 ? stackalloc int[sentenceCount] : new int[sentenceCount];
        int words = 0, syllables = 0;
        foreach (ref readonly var token in analysis.TokenSpan)
        {
            var s = GradedSyllables.Of(token);
            if (s == 0)
            {
                continue; // numbers, doses and words in other scripts are not graded
            }

            words++;
            syllables += s;
            sentenceWords[token.Sentence]++;
            sentenceSyllables[token.Sentence] += s;
        }

        if (words < MinimumWords)
        {
            return Result(NotApplicable(definition, string.Create(CultureInfo.InvariantCulture, $"the answer has {words} words, too few to grade (at least {MinimumWords})"), analysis));
        }

        // The graded sentences, and the hardest of them (the first of equals).
        var graded = 0;
        var hardest = -1;
        var hardestGrade = double.NegativeInfinity;
        for (var i = 0; i < sentenceCount; i++)
        {
            if (sentenceWords[i] == 0)
            {
                continue;
            }

            graded++;
            var sentenceGrade = Grade(sentenceWords[i], 1, sentenceSyllables[i]);
            if (sentenceGrade > hardestGrade)
            {
                hardest = i;
                hardestGrade = sentenceGrade;
            }
        }

        var grade = Math.Max(0, Math.Round(Grade(words, graded, syllables), 1, MidpointRounding.AwayFromZero));
        var span = analysis.Sentences[hardest].Span;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"Flesch–Kincaid grade {grade:0.0} ({words} words in {graded} sentences, {(double)syllables / words:0.00} syllables a word): " +
            $"{(grade <= TargetGrade ? "at or below" : "above")} grade {TargetGrade:0}, the level advised for patient material; hardest sentence: {AnswerFacts.Quote(analysis, span)}.");
        var metric = new NumericMetric(definition.Id, grade, reason)
        {
            // Informational: a team sets its own bound with a gate threshold.
            Interpretation = new EvaluationMetricInterpretation(grade <= TargetGrade ? EvaluationRating.Good : EvaluationRating.Average, failed: false, reason),
        };
        MetricEvidence.Set(metric, [span]);
        Metrics.AddNotes(metric, analysis);
        return Result(metric);
    }

    private static bool IsSibilant(char c) => c is 's' or 'x' or 'z' or 'c' or 'g' or 'h';
}
