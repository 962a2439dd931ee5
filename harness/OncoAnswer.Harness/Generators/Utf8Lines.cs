using System.Text;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// The lines of a UTF-8 file with each line's byte offset and length (without its line break), so a line can be read
/// again later without keeping it. Lines end at '\n' (a '\r' before it is dropped); a leading byte-order mark is skipped.
/// </summary>
internal static class Utf8Lines
{
    /// <summary>Reads <paramref name="path"/> line by line.</summary>
    public static IEnumerable<(string Text, long Offset, int Length)> Read(string path)
    {
        // A line is one recorded answer: past the answer limit (in UTF-8, at most four bytes a character) it is an
        // input error rather than a line buffered without bound.
        var maxLine = (InputLimits.Current.MaxAnswerChars * 4L) + 4096;
        var lineNumber = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        long position = 0;
        long start = 0;
        int read;
        var first = true;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var from = 0;
            if (first)
            {
                first = false;
                if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    from = 3;
                    start = 3;
                }
            }

            for (var i = from; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                line.Write(buffer, from, i - from);
                yield return Line(path, ++lineNumber, line, start);
                start = position + i + 1;
                from = i + 1;
                line.SetLength(0);
            }

            line.Write(buffer, from, read - from);
            position += read;
            if (line.Length > maxLine)
            {
                throw new InputException(new SourceLocation(path, lineNumber + 1, 1), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the line is over {InputLimits.Megabytes(maxLine)}, longer than any answer within the {InputLimits.Current.MaxAnswerChars:N0}-character limit; check the file, or raise ONCOANSWER_MAX_ANSWER_CHARS."));
            }
        }

        if (line.Length > 0)
        {
            yield return Line(path, ++lineNumber, line, start);
        }
    }

    private static (string Text, long Offset, int Length) Line(string path, int number, MemoryStream line, long start)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        InputFiles.WarnIfInvalid(path, number, bytes);
        return (Encoding.UTF8.GetString(bytes), start, bytes.Length);
    }
}
