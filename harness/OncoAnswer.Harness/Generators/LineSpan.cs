using System.Text;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Where a recorded answer's JSONL line is in its file, with the file's size and time when it was loaded. The answer
/// is read from there on lookup; a file changed since then is an error for that scenario (never a stale or wrong
/// answer scored as a pass).
/// </summary>
internal sealed class LineSpan(string path, int line, long offset, int length, (long Length, DateTime Written) stamp)
{
    /// <summary>Reads and decodes the answer of <paramref name="key"/>.</summary>
    /// <exception cref="GeneratorException">The file changed, or the line no longer holds that answer.</exception>
    public string Read(string key)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists || file.Length != stamp.Length || file.LastWriteTimeUtc != stamp.Written)
            {
                throw Changed();
            }

            var bytes = new byte[length];
            using (var handle = File.OpenHandle(path))
            {
                if (RandomAccess.Read(handle, bytes, offset) != length)
                {
                    throw Changed();
                }
            }

            return RecordedAnswers.TryParseStored(Encoding.UTF8.GetString(bytes), out var id, out var answer) && string.Equals(id, key, StringComparison.Ordinal)
                ? answer!
                : throw Changed();
        }
        catch (IOException ex)
        {
            throw new GeneratorException($"the recorded answer of '{key}' ({path}:{line}) could not be read: {ex.Message}", ex);
        }
    }

    private GeneratorException Changed() =>
        new($"the recorded-answers file {path} changed after it was loaded (answer of line {line}); run again to use the new file.");
}
