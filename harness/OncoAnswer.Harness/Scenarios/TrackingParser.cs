using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Wraps a YAML parser and remembers where the last event ended, so that a parser failure without a position
/// (YamlDotNet throws a bare InvalidOperationException on some unclosed flow collections) can still be reported
/// at a line.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastGood { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is not null)
        {
            LastGood = inner.Current.End;
        }

        return moved;
    }
}
