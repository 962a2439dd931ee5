using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// One of <see cref="Count"/> shards (<c>--shard 2/4</c>). A scenario belongs to the shard given by a hash of its id,
/// so the assignment is the same on every machine and does not move when other scenarios are added.
/// </summary>
/// <param name="Index">1-based shard number.</param>
/// <param name="Count">Number of shards.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>I/N</c> with 1 ≤ I ≤ N; null with a message when malformed.</summary>
    public static ShardSpec? TryParse(string? text, out string? problem)
    {
        problem = null;
        var parts = (text ?? "").Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= 10_000 && index >= 1 && index <= count)
        {
            return new ShardSpec(index, count);
        }

        problem = $"--shard must be I/N with 1 <= I <= N (e.g. 2/4), not '{text}'.";
        return null;
    }

    /// <summary>Whether the scenario with this id belongs to this shard.</summary>
    public bool Contains(string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(scenarioId), hash);
        var value = BitConverter.ToUInt64(hash[..8]);
        return (int)(value % (ulong)Count) == Index - 1;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
