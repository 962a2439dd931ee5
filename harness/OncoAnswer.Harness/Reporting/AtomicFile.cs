namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// Writes a file so that readers only ever see the old file or the whole new one: the content goes to a temporary file
/// with a unique name in the same folder (so two writers never share it, and the rename stays on one file system),
/// which is then renamed over the target. A killed writer leaves at most a hidden <c>.NAME.*.tmp</c>, never a
/// truncated target.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/> via a unique temporary file.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var set = new OutputSet();
        set.Stage(path, write);
        set.Commit();
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark to <paramref name="path"/> via a unique temporary file.</summary>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, OutputSet.Utf8, leaveOpen: true);
            writer.Write(text);
        });
    }

    /// <summary>A temporary file name next to <paramref name="path"/> that no other writer uses.</summary>
    internal static string TempNameFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
    }
}
