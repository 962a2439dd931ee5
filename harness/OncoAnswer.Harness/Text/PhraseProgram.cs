namespace OncoAnswer.Harness.Text;

/// <summary>
/// The phrases of a lexicon compiled for matching: every stem is a number (its index in the lexicon's vocabulary), a
/// phrase is an array of steps, and a choice holds its options as step arrays (shared between the phrases that
/// reference the same category), indexed by the stems they can start with. Matching walks the steps depth-first
/// exactly as written: options in order, gaps shortest first, the first complete match wins. The continuation after
/// a choice lives in a frame stack the caller keeps per thread, so a match allocates nothing.
/// </summary>
internal sealed class PhraseProgram
{
    private readonly Dictionary<IReadOnlyList<PhraseElement>, Step[]> compiled = new(ReferenceEqualityComparer.Instance);
    private string[]? stemTexts;

    public PhraseProgram(IReadOnlyList<CompiledPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        Phrases = new Step[phrases.Count][];
        for (var i = 0; i < phrases.Count; i++)
        {
            Phrases[i] = Compile(phrases[i].Elements);
        }

        compiled.Clear();
    }

    /// <summary>Stem → stem number, for every literal stem of every phrase.</summary>
    public Dictionary<string, int> Vocabulary { get; }

    /// <summary>The compiled phrases, in the order given.</summary>
    public Step[][] Phrases { get; }

    /// <summary>
    /// What phrase <paramref name="phrase"/> cannot match without: groups of stem numbers, each of which must have a
    /// member in the answer (a top-level word is a group of one; a top-level choice gives one needed word per option).
    /// </summary>
    public int[][] Needs(int phrase)
    {
        var groups = new List<int[]>();
        foreach (var step in Phrases[phrase])
        {
            var need = step.Kind switch
            {
                StepKind.Literal => [step.Value],
                StepKind.Choice => NeedOf(step.Choice!),
                _ => null,
            };
            if (need is not null)
            {
                groups.Add(need.Distinct().Order().ToArray());
            }
        }

        // Smallest groups first: a single needed word is the cheapest check and the likeliest to fail.
        return groups.Distinct(new GroupComparer()).OrderBy(g => g.Length).ToArray();
    }

    /// <summary>Whether every match of <paramref name="steps"/> must start with a number (<c>%num</c> first, in every option).</summary>
    public static bool StartsWithNumberOnly(Step[] steps) =>
        steps.Length > 0 && steps[0].Kind switch
        {
            StepKind.Number => true,
            StepKind.Choice => steps[0].Choice!.Options.All(StartsWithNumberOnly),
            _ => false,
        };

    /// <summary>
    /// Tries phrase <paramref name="phrase"/> at token <paramref name="start"/>, staying before <paramref name="end"/>;
    /// returns the index of the last matched token, or -1. <paramref name="ids"/> holds each token's stem number
    /// (-1 when the stem is in no phrase), <paramref name="numbers"/> whether a token is a number.
    /// </summary>
    public static int MatchAt(Step[] phrase, int[] ids, bool[] numbers, int start, int end, Frames stack)
    {
        var top = stack.Top;
        try
        {
            return Match(phrase, 0, -1, ids, numbers, start, end, stack);
        }
        finally
        {
            stack.Top = top;
        }
    }

    private static int Match(Step[] steps, int e, int next, int[] ids, bool[] numbers, int t, int end, Frames stack)
    {
        while (true)
        {
            if (e == steps.Length)
            {
                if (next < 0)
                {
                    return t - 1;
                }

                // Continue after the choice that pushed this frame; the frame stays put while we use it.
                steps = stack.Steps[next];
                e = stack.Index[next];
                next = stack.Parent[next];
                continue;
            }

            var step = steps[e];
            switch (step.Kind)
            {
                case StepKind.Literal:
                    if (t >= end || ids[t] != step.Value)
                    {
                        return -1;
                    }

                    e++;
                    t++;
                    continue;
                case StepKind.Number:
                    if (t >= end || !numbers[t])
                    {
                        return -1;
                    }

                    e++;
                    t++;
                    continue;
                case StepKind.Gap:
                    for (var skip = 0; skip <= step.Value && t + skip <= end; skip++)
                    {
                        var found = Match(steps, e + 1, next, ids, numbers, t + skip, end, stack);
                        if (found >= 0)
                        {
                            return found;
                        }
                    }

                    return -1;
                default:
                    if (t >= end)
                    {
                        return -1;
                    }

                    // Only the options that can start with this token's stem (and those that can start with anything).
                    var options = step.Choice!.OptionsFor(ids[t]);
                    if (options.Length == 0)
                    {
                        return -1;
                    }

                    // The frame is popped on the way out; after an exception MatchAt (or the caller's reset) restores the top.
                    var frame = stack.Push(steps, e + 1, next);
                    var result = -1;
                    foreach (var option in options)
                    {
                        result = Match(option, 0, frame, ids, numbers, t, end, stack);
                        if (result >= 0)
                        {
                            break;
                        }
                    }

                    stack.Top = frame;
                    return result;
            }
        }
    }

    /// <summary>
    /// Stems one of which every match of a sequence contains, or null when none can be named. Every word of the
    /// sequence is needed; the longest stem is named, because short words ("a", "not", "is" in "a crime", "not safe")
    /// stand in most sentences and would let the phrase through the needs check to fail in the matcher.
    /// </summary>
    private IEnumerable<int>? NeedOf(Step[] steps)
    {
        var best = -1;
        foreach (var step in steps)
        {
            if (step.Kind == StepKind.Literal && (best < 0 || StemText(step.Value).Length > StemText(best).Length))
            {
                best = step.Value;
            }
        }

        if (best >= 0)
        {
            return [best];
        }

        foreach (var step in steps)
        {
            if (step.Kind == StepKind.Choice && NeedOf(step.Choice!) is { } need)
            {
                return need;
            }
        }

        return null;
    }

    private IEnumerable<int>? NeedOf(ChoiceStep choice) => UnionOverOptions(choice, NeedOf);

    /// <summary>The stem numbered <paramref name="stem"/>.</summary>
    private string StemText(int stem)
    {
        if (stemTexts is null)
        {
            stemTexts = new string[Vocabulary.Count];
            foreach (var (text, number) in Vocabulary)
            {
                stemTexts[number] = text;
            }
        }

        return stemTexts[stem];
    }

    /// <summary>The union of <paramref name="of"/> over a choice's options, or null when it is null for any option.</summary>
    private static HashSet<int>? UnionOverOptions(ChoiceStep choice, Func<Step[], IEnumerable<int>?> of)
    {
        var all = new HashSet<int>();
        foreach (var option in choice.Options)
        {
            if (of(option) is not { } some)
            {
                return null;
            }

            all.UnionWith(some);
        }

        return all;
    }

    private Step[] Compile(IReadOnlyList<PhraseElement> elements)
    {
        if (compiled.TryGetValue(elements, out var done))
        {
            return done;
        }

        var steps = new Step[elements.Count];
        for (var i = 0; i < elements.Count; i++)
        {
            steps[i] = elements[i] switch
            {
                PhraseElement.Literal literal => new Step(StepKind.Literal, Intern(literal.Stem)),
                PhraseElement.Number => new Step(StepKind.Number, 0),
                PhraseElement.Gap gap => new Step(StepKind.Gap, gap.Max),
                PhraseElement.Choice choice => new Step(StepKind.Choice, 0, new ChoiceStep(choice.Options.Select(Compile).ToArray())),
                _ => throw new InvalidOperationException("unknown phrase element"),
            };
        }

        compiled[elements] = steps;
        return steps;
    }

    private int Intern(string stem)
    {
        if (!Vocabulary.TryGetValue(stem, out var id))
        {
            Vocabulary[stem] = id = Vocabulary.Count;
        }

        return id;
    }

    private sealed class GroupComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj) => obj.Length == 0 ? 0 : HashCode.Combine(obj.Length, obj[0], obj[^1]);
    }

    /// <summary>What a step does.</summary>
    internal enum StepKind : byte
    {
        /// <summary>One token with stem number <see cref="Step.Value"/>.</summary>
        Literal,

        /// <summary>One token that is a number.</summary>
        Number,

        /// <summary>Skip up to <see cref="Step.Value"/> tokens.</summary>
        Gap,

        /// <summary>One of the options of <see cref="Step.Choice"/>.</summary>
        Choice,
    }

    /// <summary>One compiled step of a phrase.</summary>
    internal readonly record struct Step(StepKind Kind, int Value, ChoiceStep? Choice = null);

    /// <summary>
    /// The options of a choice, and for each stem number the options (in their written order) that can start with
    /// it or with any word, so a choice tries only the options its first token can begin.
    /// </summary>
    internal sealed class ChoiceStep
    {
        public ChoiceStep(Step[][] options)
        {
            Options = options;
            var firsts = options.Select(First).ToArray();
            Anywhere = options.Where((_, i) => firsts[i] is null).ToArray();
            var ids = firsts.Where(f => f is not null).SelectMany(f => f!).Distinct().Order().ToArray();
            var lists = ids.Select(id => options.Where((_, i) => firsts[i] is null || firsts[i]!.Contains(id)).ToArray()).ToArray();
            if (ids.Length <= LinearLimit)
            {
                firstIds = ids;
                firstOptions = lists;
            }
            else
            {
                // Many first stems: a table by stem number up to the largest (a lexicon has about a thousand stems).
                byFirst = new Step[ids[^1] + 1][][];
                for (var i = 0; i < ids.Length; i++)
                {
                    byFirst[ids[i]] = lists[i];
                }
            }
        }

        private const int LinearLimit = 8;

        // Few first stems: kept in two short arrays and scanned; many: a table by stem number.
        private readonly int[] firstIds = [];
        private readonly Step[][][] firstOptions = [];
        private readonly Step[][]?[]? byFirst;

        /// <summary>Every option, as written.</summary>
        public Step[][] Options { get; }

        /// <summary>The options that can start with any word (a number or a gap first).</summary>
        public Step[][] Anywhere { get; }

        /// <summary>The options a token with stem number <paramref name="id"/> (-1: none) can start, in written order.</summary>
        public Step[][] OptionsFor(int id)
        {
            if (id < 0)
            {
                return Anywhere;
            }

            if (byFirst is not null)
            {
                return (uint)id < (uint)byFirst.Length && byFirst[id] is { } some ? some : Anywhere;
            }

            for (var i = 0; i < firstIds.Length; i++)
            {
                if (firstIds[i] == id)
                {
                    return firstOptions[i];
                }
            }

            return Anywhere;
        }

        /// <summary>The stem numbers a sequence can start with, or null when it can start with any word.</summary>
        public static HashSet<int>? First(Step[] steps)
        {
            if (steps.Length == 0)
            {
                return null;
            }

            var step = steps[0];
            return step.Kind switch
            {
                StepKind.Literal => [step.Value],
                StepKind.Choice => UnionOverOptions(step.Choice!, First),
                _ => null,
            };
        }
    }

    /// <summary>Continuations after choices: an immutable linked stack kept in arrays, popped when the choice returns.</summary>
    internal sealed class Frames
    {
        public Step[][] Steps = new Step[32][];
        public int[] Index = new int[32];
        public int[] Parent = new int[32];
        public int Top;

        public int Push(Step[] steps, int index, int parent)
        {
            if (Top == Steps.Length)
            {
                Array.Resize(ref Steps, Top * 2);
                Array.Resize(ref Index, Top * 2);
                Array.Resize(ref Parent, Top * 2);
            }

            Steps[Top] = steps;
            Index[Top] = index;
            Parent[Top] = parent;
            return Top++;
        }
    }
}
