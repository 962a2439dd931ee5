using System.Globalization;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Compiles raw lexicon phrases to stem elements: words through the same Lucene English chain as answers,
/// <c>(a|b)</c> choices, <c>%num</c> (any number), <c>@category</c> references (expanded, cycles reported) and <c>*</c>/<c>*N</c> gaps.
/// </summary>
internal sealed class PhraseCompiler(Dictionary<string, List<(string Text, SourceLocation At)>> raw, List<InputError> errors)
{
    private readonly Dictionary<string, IReadOnlyList<CompiledPhrase>> done = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<CompiledPhrase>> CompileAll()
    {
        foreach (var category in raw.Keys.Order(StringComparer.Ordinal))
        {
            Category(category, default);
        }

        return done;
    }

    private IReadOnlyList<CompiledPhrase> Category(string name, SourceLocation referencedAt)
    {
        if (done.TryGetValue(name, out var compiled))
        {
            return compiled;
        }

        if (!inProgress.Add(name))
        {
            errors.Add(new InputError(referencedAt, $"@{name} refers back to itself through other categories; break the cycle."));
            return [];
        }

        var list = new List<CompiledPhrase>();
        foreach (var (text, at) in raw[name])
        {
            var elements = Parse(text, at);
            if (elements is null)
            {
                continue;
            }

            if (elements.Count == 0 || elements[0] is PhraseElement.Gap)
            {
                errors.Add(new InputError(at, "a phrase must start with a word, a choice or a @reference, not a gap or nothing."));
                continue;
            }

            list.Add(new CompiledPhrase(name, text, PhraseLexicon.Where(at), elements));
        }

        inProgress.Remove(name);
        done[name] = list;
        return list;
    }

    private List<PhraseElement>? Parse(string text, SourceLocation at)
    {
        var elements = new List<PhraseElement>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                var close = Close(text, i);
                if (close < 0)
                {
                    errors.Add(new InputError(at with { Column = at.Column + i }, "'(' without a closing ')'; close the choice."));
                    return null;
                }

                var options = new List<IReadOnlyList<PhraseElement>>();
                foreach (var (offset, option) in TopLevelOptions(text, i + 1, close))
                {
                    var parsed = Parse(option, at with { Column = at.Column + offset });
                    if (parsed is null || parsed.Count == 0)
                    {
                        errors.Add(new InputError(at with { Column = at.Column + i }, "a choice has an empty option; write (a|b), not (a|)."));
                        return null;
                    }

                    options.Add(parsed);
                }

                elements.Add(new PhraseElement.Choice(options));
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')'))
                {
                    end++;
                }

                var word = text[i..end];
                if (!AddWord(word, at with { Column = at.Column + i }, elements))
                {
                    return null;
                }

                i = end;
            }
        }

        return elements;
    }

    private static int Close(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<(int Offset, string Option)> TopLevelOptions(string text, int start, int end)
    {
        var depth = 0;
        var from = start;
        for (var i = start; i < end; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (text[i] == '|' && depth == 0)
            {
                yield return (from, text[from..i]);
                from = i + 1;
            }
        }

        yield return (from, text[from..end]);
    }

    private bool AddWord(string word, SourceLocation at, List<PhraseElement> elements)
    {
        if (word == "*")
        {
            elements.Add(new PhraseElement.Gap(3));
        }
        else if (word.StartsWith('*') && int.TryParse(word.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is > 0 and <= 12)
        {
            elements.Add(new PhraseElement.Gap(max));
        }
        else if (word == "%num")
        {
            elements.Add(new PhraseElement.Number());
        }
        else if (word.StartsWith('@'))
        {
            var name = word[1..];
            if (!raw.ContainsKey(name))
            {
                errors.Add(new InputError(at, $"unknown category @{name}; define [{name}] or fix the name."));
                return false;
            }

            var options = Category(name, at).Select(p => p.Elements).ToList();
            if (options.Count == 0)
            {
                errors.Add(new InputError(at, $"@{name} has no phrases; add some or remove the reference."));
                return false;
            }

            elements.Add(new PhraseElement.Choice(options));
        }
        else if (word.StartsWith('*') || word.Contains('|', StringComparison.Ordinal))
        {
            errors.Add(new InputError(at, $"'{word}' is not a word, a choice, a @reference or a gap (*, *1 … *12)."));
            return false;
        }
        else
        {
            var stems = EnglishStems.StemsOf(word);
            if (stems.Count == 0)
            {
                errors.Add(new InputError(at, $"'{word}' has no letters or digits to match; remove it."));
                return false;
            }

            elements.AddRange(stems.Select(s => new PhraseElement.Literal(s)));
        }

        return true;
    }
}
