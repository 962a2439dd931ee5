using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Wraps a YAML parser and remembers where the last event ended, so that a parser failure without a position
/// (YamlDotNet throws a bare InvalidOperationException on some unclosed flow collections) can still be reported
/// at a line. It also counts how deeply collections nest and stops at <see cref="MaxDepth"/>: building the node tree
/// recurses once per level, so a small file nested 50,000 levels deep would otherwise overflow the stack and kill
/// the process.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    /// <summary>The deepest nesting of mappings and sequences a file may have; real files stay under ten.</summary>
    public const int MaxDepth = 64;

    private int depth;

    public Mark LastGood { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is not null)
        {
            LastGood = inner.Current.End;
            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new YamlDepthException(inner.Current.Start);
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return moved;
    }
}
