using YamlDotNet.Core;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>Thrown by <see cref="TrackingParser"/> where a YAML file nests deeper than <see cref="TrackingParser.MaxDepth"/>.</summary>
internal sealed class YamlDepthException(Mark at) : Exception($"YAML nested deeper than {TrackingParser.MaxDepth} levels")
{
    /// <summary>Where the collection one level too deep starts.</summary>
    public Mark At { get; } = at;
}
