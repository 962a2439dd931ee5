using System.Globalization;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Phrase lists the evaluators match against stems, loaded from <c>*.lex</c> files so a safety officer can extend
/// them without recompiling. Several files may add to the same category. Syntax, one phrase a line:
/// <code>
/// [consult]                       # starts a category
/// talk (to|with) * @care-team     # words are stemmed: "talk" also matches "talking", "talked"
/// </code>
/// <c>(a|b c)</c> is a choice, <c>@name</c> is any phrase of category <c>name</c>, <c>*</c> skips up to 3 words and
/// <c>*N</c> up to N; <c>%num</c> is any number; <c>#</c> starts a comment. Phrases match inside one sentence.
/// </summary>
public sealed class PhraseLexicon
{
    private const string ResourcePrefix = "OncoAnswer.Lexicons.";
    private static readonly Lazy<PhraseLexicon> EmbeddedLexicon = new(LoadEmbedded);

    // Phrases by ordinal; for each, the stems it cannot match without (its top-level words), so a phrase whose word
    // is nowhere in an answer is never tried on that answer.
    private readonly CompiledPhrase[] phrases;
    private readonly string[][] required;
    private readonly Dictionary<string, List<int>> byFirstStem;
    private readonly List<int> unindexed;

    private PhraseLexicon(string origin, IReadOnlyDictionary<string, IReadOnlyList<CompiledPhrase>> categories)
    {
        Origin = origin;
        Categories = categories;
        phrases = categories.Values.SelectMany(p => p).ToArray();
        required = phrases.Select(p => p.Elements.OfType<PhraseElement.Literal>().Select(l => l.Stem).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        byFirstStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        unindexed = [];
        for (var i = 0; i < phrases.Length; i++)
        {
            var first = CompiledPhrase.FirstStems(phrases[i].Elements);
            if (first is null)
            {
                unindexed.Add(i);
                continue;
            }

            foreach (var stem in first)
            {
                if (!byFirstStem.TryGetValue(stem, out var list))
                {
                    byFirstStem[stem] = list = [];
                }

                list.Add(i);
            }
        }
    }

    /// <summary>Where the lexicon came from (a folder, or "embedded").</summary>
    public string Origin { get; }

    /// <summary>Compiled phrases by category.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<CompiledPhrase>> Categories { get; }

    /// <summary>The category names, sorted.</summary>
    public IReadOnlyList<string> CategoryNames => Categories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The lexicon shipped inside the harness (a copy of scenarios/lexicons at build time).</summary>
    public static PhraseLexicon Embedded => EmbeddedLexicon.Value;

    /// <summary>Loads every <c>*.lex</c> file of <paramref name="folder"/> (sorted by name); all errors are reported together.</summary>
    public static PhraseLexicon Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new InputException(new SourceLocation(folder, 0, 0), "no such lexicon folder; pass a folder holding *.lex files.");
        }

        var files = Directory.GetFiles(folder, "*.lex").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        return files.Count == 0
            ? throw new InputException(new SourceLocation(folder, 0, 0), "no lexicon files (*.lex) in this folder.")
            : Parse(folder, files);
    }

    /// <summary>Parses lexicon files given as (name, text) pairs; <paramref name="origin"/> names the set.</summary>
    public static PhraseLexicon Parse(string origin, IEnumerable<(string File, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var raw = new Dictionary<string, List<(string Text, SourceLocation At)>>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var (file, text) in files)
        {
            LexiconFileReader.Read(file, text, raw, errors);
        }

        var compiled = new PhraseCompiler(raw, errors).CompileAll();
        return errors.Count > 0 ? throw new InputException(errors) : new PhraseLexicon(origin, compiled);
    }

    /// <summary>Throws an <see cref="InputException"/> naming the lexicon when a category the evaluators need is missing.</summary>
    public void Require(IEnumerable<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var missing = categories.Where(c => !Categories.ContainsKey(c)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(new SourceLocation(Origin, 0, 0), $"the lexicon has no [{string.Join("], [", missing)}] categor{(missing.Count == 1 ? "y" : "ies")}; add {(missing.Count == 1 ? "it" : "them")} (see scenarios/lexicons).");
        }
    }

    /// <summary>The single-word phrases of <paramref name="category"/>, lower-cased as written (for prefix checks).</summary>
    public IReadOnlyList<string> Words(string category) =>
        Categories.TryGetValue(category, out var phrases)
            ? phrases.Where(p => p.Elements.Count == 1 && p.Elements[0] is PhraseElement.Literal).Select(p => p.Text.ToLowerInvariant()).ToList()
            : [];

    /// <summary>Finds every phrase in <paramref name="analysis"/>; use <see cref="AnswerAnalysis.Matches"/>, which caches.</summary>
    internal LexiconMatches Find(AnswerAnalysis analysis)
    {
        var found = new Dictionary<string, List<PhraseMatch>>(StringComparer.Ordinal);
        var tokens = analysis.Tokens;
        var present = new HashSet<string>(tokens.Count, StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            present.Add(token.Stem);
        }

        // Per phrase: 0 not decided yet, 1 possible in this answer, 2 lacks a word it needs.
        var possible = new byte[phrases.Length];
        for (var s = 0; s < analysis.Sentences.Count; s++)
        {
            var (start, length) = analysis.TokenRange(s).GetOffsetAndLength(tokens.Count);
            var end = start + length;
            for (var t = start; t < end; t++)
            {
                if (byFirstStem.TryGetValue(tokens[t].Stem, out var candidates))
                {
                    TryAll(candidates, analysis, t, end, s, found, present, possible);
                }

                TryAll(unindexed, analysis, t, end, s, found, present, possible);
            }
        }

        foreach (var list in found.Values)
        {
            list.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.LastToken.CompareTo(a.LastToken)); // longest first
        }

        return new LexiconMatches(found);
    }

    private void TryAll(List<int> candidates, AnswerAnalysis analysis, int t, int end, int sentence, Dictionary<string, List<PhraseMatch>> found, HashSet<string> present, byte[] possible)
    {
        var tokens = analysis.Tokens;
        foreach (var i in candidates)
        {
            if (possible[i] == 0)
            {
                possible[i] = Array.TrueForAll(required[i], present.Contains) ? (byte)1 : (byte)2;
            }

            if (possible[i] == 2)
            {
                continue;
            }

            var phrase = phrases[i];
            var last = phrase.MatchAt(tokens, t, end);
            if (last < t)
            {
                continue;
            }

            if (!found.TryGetValue(phrase.Category, out var list))
            {
                found[phrase.Category] = list = [];
            }

            var span = new TextSpan(tokens[t].Span.Start, tokens[last].Span.End - tokens[t].Span.Start);
            list.Add(new PhraseMatch(phrase.Category, phrase.Text, phrase.Source, t, last, span, sentence));
        }
    }

    private static PhraseLexicon LoadEmbedded()
    {
        var assembly = typeof(PhraseLexicon).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return ("embedded:" + n[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
        return Parse("embedded", files);
    }

    /// <summary>Formats a phrase's source location.</summary>
    internal static string Where(SourceLocation at) => string.Create(CultureInfo.InvariantCulture, $"{at.File}:{at.Line}");
}
