using System.Globalization;

namespace OncoAnswer.Harness.Text;

/// <summary>
/// Finds numbers with units in an analysed text: "600 mg", "600mg", "3-year", "84%", "two weeks", "age 45". Units are
/// normalised (milligrams → mg, years → year) so "600 mg" and "600 milligrams" compare equal and "400 mg" does not.
/// </summary>
internal static class QuantityFinder
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["mg"] = "mg", ["milligram"] = "mg", ["milligrams"] = "mg", ["g"] = "g", ["gram"] = "g", ["grams"] = "g",
        ["mcg"] = "mcg", ["µg"] = "mcg", ["ug"] = "mcg", ["microgram"] = "mcg", ["micrograms"] = "mcg",
        ["ml"] = "ml", ["millilitre"] = "ml", ["milliliter"] = "ml", ["kg"] = "kg", ["iu"] = "iu", ["units"] = "iu",
        ["gy"] = "gy", ["gray"] = "gy", ["cm"] = "cm", ["mm"] = "mm", ["percent"] = "%",
        ["day"] = "day", ["days"] = "day", ["daily"] = "day", ["week"] = "week", ["weeks"] = "week", ["weekly"] = "week",
        ["month"] = "month", ["months"] = "month", ["year"] = "year", ["years"] = "year", ["hour"] = "hour", ["hours"] = "hour",
        ["minute"] = "minute", ["minutes"] = "minute", ["mins"] = "minute", ["h"] = "hour", ["hr"] = "hour", ["hrs"] = "hour",
        ["wk"] = "week", ["wks"] = "week", ["mo"] = "month", ["mos"] = "month", ["y"] = "year", ["yr"] = "year", ["yrs"] = "year",
        ["°c"] = "°c", ["c"] = "°c", ["°f"] = "°f", ["f"] = "°f", ["degrees"] = "°", ["tablets"] = "tablet", ["tablet"] = "tablet",
    };

    private static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["twenty"] = 20, ["hundred"] = 100,
    };

    // Whether a word is a number (and its value and attached unit) depends on the word alone: read per word number.
    private static readonly WordFacts<NumberFact> Numbers = new(t => TryNumber(t.Term, out var value, out var unit) ? new NumberFact(true, value, unit) : default);

    /// <summary>Every number of <paramref name="analysis"/> with the unit that follows it ("" when none).</summary>
    public static IReadOnlyList<Quantity> Find(AnswerAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var found = new List<Quantity>();
        var tokens = analysis.TokenSpan;
        var text = analysis.Normalized;
        for (var i = 0; i < tokens.Length; i++)
        {
            var number = Numbers.Of(tokens[i]);
            if (!number.IsNumber)
            {
                continue;
            }

            var (value, attached) = (number.Value, number.Unit);
            var end = tokens[i].Span.End;
            var unit = attached;
            if (unit.Length == 0 && end < text.Length && text[end] == '%')
            {
                unit = "%";
                end++;
            }
            else if (unit.Length == 0 && i + 1 < tokens.Length && tokens[i + 1].Sentence == tokens[i].Sentence &&
                     tokens[i + 1].Span.Start - end <= 2 && Units.TryGetValue(tokens[i + 1].Term, out var next))
            {
                unit = next;
                end = tokens[i + 1].Span.End;
            }

            // A frequency as a share: "1 in 10" and "1 out of 10" are 10 %, "1 in 1,000" 0.1 %, so they compare with a
            // percentage ("around 1 in 10 react to both" against "1–2 %").
            else if (unit.Length == 0 && Share(tokens, i, value) is (> 0, var share, var last))
            {
                (value, unit, end) = (share, "%", tokens[last].Span.End);
            }

            // An age: "at age 45", "aged 45", "45 years old" (ages compare as numbers; a span of years does not).
            var start = tokens[i].Span.Start;
            if (i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence && tokens[i - 1].Term is "age" or "aged" or "ages" && unit is "" or "month" or "year")
            {
                // "aged 6 months" is an age, compared in years.
                value = unit == "month" ? value / 12 : value;
                unit = "age";
                start = tokens[i - 1].Span.Start;
            }
            else if (unit == "year" && i + 2 < tokens.Length && tokens[i + 2].Sentence == tokens[i].Sentence && tokens[i + 2].Term == "old")
            {
                unit = "age";
                end = tokens[i + 2].Span.End;
            }

            // The first number of a span of time takes the span's unit: "2–4 weeks", "4 to 6 weeks", "6 or 12 months".
            if (unit.Length == 0 && SpanUnit(tokens, i, text) is { Length: > 0 } spanUnit)
            {
                unit = spanUnit;
            }

            found.Add(new Quantity(value, unit, i, new TextSpan(start, end - start)));
        }

        AddIntervals(tokens, found);
        return found;
    }

    /// <summary>
    /// The share "N in M" or "N out of M" opened by the number at <paramref name="i"/>, as a percentage (whole above 1 %,
    /// two significant figures below, so "1 in 3" reads as the 33 % a writer would give), with the token of M; M is
    /// larger than N and written in digits or a number word.
    /// </summary>
    private static (int Found, double Percent, int Last) Share(ReadOnlySpan<Token> tokens, int i, double value)
    {
        var t = i + 1;
        if (t + 1 < tokens.Length && tokens[t].Term == "out" && tokens[t + 1].Term == "of")
        {
            t += 2;
        }
        else if (t < tokens.Length && tokens[t].Term == "in")
        {
            t++;
        }
        else
        {
            return default;
        }

        // "5 in 10 days" is a count in a span of time, not a share.
        if (t >= tokens.Length || tokens[t].Sentence != tokens[i].Sentence || Numbers.Of(tokens[t]) is not { IsNumber: true, Unit: "" } of || of.Value <= value || value <= 0 ||
            (t + 1 < tokens.Length && tokens[t + 1].Sentence == tokens[t].Sentence && Units.ContainsKey(tokens[t + 1].Term)) ||
            (value != 1 && of.Value is >= 1900 and <= 2100 && tokens[t].Term.Length == 4))
        {
            return default; // nor is "10 in 2019", a year (a share of one, "1 in 2000", stays one)
        }

        // Rounding takes at most 15 decimals: a share of one in a quadrillion is read as written, to that precision.
        var percent = value / of.Value * 100;
        percent = percent >= 1 ? Math.Round(percent) : Math.Round(percent, Math.Clamp(1 - (int)Math.Floor(Math.Log10(percent)), 0, 15));
        return (1, percent, t);
    }

    /// <summary>Units of time, which a span of two numbers shares and an interval word names.</summary>
    internal static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "minute", "hour", "day", "week", "month", "year" };

    /// <summary>The time unit of the second number of a span that the number at <paramref name="i"/> opens ("2–4 weeks"), or "".</summary>
    private static string SpanUnit(ReadOnlySpan<Token> tokens, int i, string text)
    {
        var next = i + 1;
        if (next < tokens.Length && tokens[next].Term is "to" or "or")
        {
            next++;
        }
        else if (next >= tokens.Length || text.AsSpan(tokens[i].Span.End, tokens[next].Span.Start - tokens[i].Span.End).Trim() is not ("-" or "\u2013" or "\u2014"))
        {
            return "";
        }

        if (next >= tokens.Length || tokens[next].Sentence != tokens[i].Sentence || !Numbers.Of(tokens[next]).IsNumber)
        {
            return "";
        }

        var unit = Numbers.Of(tokens[next]).Unit;
        if (unit.Length == 0 && next + 1 < tokens.Length && tokens[next + 1].Sentence == tokens[i].Sentence)
        {
            Units.TryGetValue(tokens[next + 1].Term, out unit);
        }

        return unit is not null && TimeUnits.Contains(unit) ? unit : "";
    }

    /// <summary>
    /// Intervals named without a number: "every year", "once a month", "every other week" (two), "annually", "yearly".
    /// </summary>
    private static void AddIntervals(ReadOnlySpan<Token> tokens, List<Quantity> found)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var term = tokens[i].Term;
            var (value, unit, last) = term switch
            {
                "annually" or "yearly" or "annual" => (1.0, "year", i),
                "monthly" when i == 0 || !Numbers.Of(tokens[i - 1]).IsNumber => (1.0, "month", i),
                "every" or "once" => Interval(tokens, i),
                _ => (0.0, "", -1),
            };

            if (last >= 0)
            {
                found.Add(new Quantity(value, unit, last, new TextSpan(tokens[i].Span.Start, tokens[last].Span.End - tokens[i].Span.Start)));
            }
        }

        found.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    /// <summary>"every year" (1), "every other week" (2), "once a month" (1) from the cue at <paramref name="i"/>; last -1 when none.</summary>
    private static (double Value, string Unit, int Last) Interval(ReadOnlySpan<Token> tokens, int i)
    {
        var t = i + 1;
        var value = 1.0;
        if (t < tokens.Length && tokens[i].Term == "every" && tokens[t].Term == "other")
        {
            value = 2;
            t++;
        }
        else if (t < tokens.Length && tokens[i].Term == "once" && tokens[t].Term is "a" or "an" or "per" or "every")
        {
            t++;
        }

        return t < tokens.Length && tokens[t].Sentence == tokens[i].Sentence && TimeUnits.Contains(tokens[t].Term)
            ? (value, tokens[t].Term, t)
            : (0, "", -1);
    }

    private static bool TryNumber(string term, out double value, out string unit)
    {
        unit = "";
        if (Words.TryGetValue(term, out value))
        {
            return true;
        }

        if (term.Length == 0 || !char.IsAsciiDigit(term[0]))
        {
            return false;
        }

        var cut = 0;
        while (cut < term.Length && (char.IsAsciiDigit(term[cut]) || term[cut] is '.' or ','))
        {
            cut++;
        }

        if (!double.TryParse(term.AsSpan(0, cut).TrimEnd('.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        var rest = term[cut..].TrimStart('-');
        if (rest.Length > 0)
        {
            if (!Units.TryGetValue(rest, out var known))
            {
                return false; // "3a", "cdk4" or an id, not a quantity
            }

            unit = known;
        }

        return true;
    }

    private readonly record struct NumberFact(bool IsNumber, double Value, string Unit);
}
