namespace OncoAnswer.Harness.Text;

/// <summary>
/// A fact about a word (is it a negation cue, which lexicon stem number is it, …) computed once per distinct word and
/// then read by the word's number (<see cref="Token.Word"/>) from an array instead of hashing its text for every token
/// of every answer. The fact must depend on the word alone (its term and stem). Words without a number (past the
/// stem cache's bound) are computed each time. Thread-safe: readers never lock; a racing first computation stores the
/// same value twice.
/// </summary>
/// <typeparam name="T">The fact.</typeparam>
internal sealed class WordFacts<T>(Func<Token, T> compute)
{
    private readonly Lock gate = new();
    private T[] values = [];
    private bool[] known = [];

    /// <summary>The fact for <paramref name="token"/>'s word.</summary>
    public T Of(in Token token)
    {
        var word = token.Word;
        if (word < 0)
        {
            return compute(token);
        }

        var seen = Volatile.Read(ref known);
        if (word < seen.Length && Volatile.Read(ref seen[word]))
        {
            return Volatile.Read(ref values)[word];
        }

        var value = compute(token);
        lock (gate)
        {
            if (word >= known.Length)
            {
                var size = Math.Max(word + 1, Math.Max(1024, known.Length * 2));
                var grownValues = new T[size];
                var grownKnown = new bool[size];
                Array.Copy(values, grownValues, values.Length);
                Array.Copy(known, grownKnown, known.Length);
                Volatile.Write(ref values, grownValues);
                Volatile.Write(ref known, grownKnown);
            }

            values[word] = value;
            Volatile.Write(ref known[word], true);
        }

        return value;
    }
}
