namespace OncoAnswer.Harness.Text;

/// <summary>
/// One distinct word as the tokenizer wrote it, with what is known about it whatever text it stands in: made once per
/// word by <see cref="EnglishStems"/> and shared by every occurrence on every thread.
/// </summary>
internal sealed class Word
{
    public Word(string raw, string term, string stem, int number)
    {
        Raw = raw;
        Term = term;
        Stem = stem;
        Number = number;
        StartsWithDigit = term.Length > 0 && char.IsAsciiDigit(term[0]);
        IsNegation = ScopeCues.Negation.Contains(term);
        IsYet = term == "yet";
        OpensClause = ScopeCues.ClauseOpeners.Contains(term);
        Cue = ScopeFinder.CueOf(term, stem);
    }

    /// <summary>The word exactly as the tokenizer gave it.</summary>
    public string Raw { get; }

    /// <summary>The word lower-cased.</summary>
    public string Term { get; }

    /// <summary>The English stem.</summary>
    public string Stem { get; }

    /// <summary>The word's number (see <see cref="Token.Word"/>), or -1 past the cache's bound.</summary>
    public int Number { get; }

    /// <summary>Whether the word starts with an ASCII digit.</summary>
    public bool StartsWithDigit { get; }

    /// <summary>Whether the word is a negation cue (<see cref="ScopeCues.Negation"/>).</summary>
    public bool IsNegation { get; }

    /// <summary>Whether the word is "yet".</summary>
    public bool IsYet { get; }

    /// <summary>The scope cues the word is (see <see cref="ScopeFinder.CueOf"/>).</summary>
    public byte Cue { get; }

    /// <summary>Whether the word opens a clause (<see cref="ScopeCues.ClauseOpeners"/>).</summary>
    public bool OpensClause { get; }
}
