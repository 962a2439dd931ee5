using System.Globalization;
using System.Text;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Reads an input file whole, within <see cref="InputLimits.MaxFileBytes"/>, as UTF-8: a byte-order mark is skipped
/// and each line holding invalid UTF-8 is a warning at its file and line (the bytes read as U+FFFD, as before, but no
/// longer silently).
/// </summary>
public static class InputFiles
{
    private const int MaxWarningsPerFile = 10;

    /// <summary>The text of <paramref name="path"/>; an input error when the file is over the limit.</summary>
    public static string ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckSize(path);
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (!Utf8Valid(span))
        {
            WarnInvalidLines(path, span);
        }

        return Encoding.UTF8.GetString(span);
    }

    /// <summary>
    /// For a command that converts <paramref name="input"/> into <paramref name="output"/>: an input error when the input
    /// does not exist, or when the output exists and <paramref name="overwrite"/> was not asked for.
    /// </summary>
    public static void CheckConversion(string input, string what, string output, bool overwrite)
    {
        if (!File.Exists(input))
        {
            throw new InputException(new SourceLocation(input, 0, 0), $"no such {what} file; check the path.");
        }

        if (File.Exists(output) && !overwrite)
        {
            throw new InputException(new SourceLocation(output, 0, 0), "the output file exists; pass --force to overwrite it or choose another --out.");
        }
    }

    /// <summary>An input error when <paramref name="path"/> is larger than <see cref="InputLimits.MaxFileBytes"/>.</summary>
    public static void CheckSize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var limit = InputLimits.Current.MaxFileBytes;
        var length = new FileInfo(path).Length;
        if (length > limit)
        {
            throw new InputException(new SourceLocation(path, 0, 0), string.Create(CultureInfo.InvariantCulture,
                $"the file is {InputLimits.Megabytes(length)}, over the {InputLimits.Megabytes(limit)} limit for input files; split it, or raise ONCOANSWER_MAX_INPUT_MB if it really is this large."));
        }
    }

    /// <summary>Warns once for <paramref name="line"/> of <paramref name="path"/> when <paramref name="bytes"/> are not valid UTF-8.</summary>
    public static void WarnIfInvalid(string path, int line, ReadOnlySpan<byte> bytes)
    {
        if (!Utf8Valid(bytes))
        {
            InputWarnings.Warn(new SourceLocation(path, line, Column(bytes)), Message);
        }
    }

    private const string Message = "invalid UTF-8 here, read as U+FFFD (�); save the file as UTF-8 so the text is what you wrote.";

    private static bool Utf8Valid(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static void WarnInvalidLines(string path, ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var warned = 0;
        while (bytes.Length > 0)
        {
            var end = bytes.IndexOf((byte)'\n');
            var current = end < 0 ? bytes : bytes[..end];
            if (!Utf8Valid(current))
            {
                if (++warned > MaxWarningsPerFile)
                {
                    InputWarnings.Warn(new SourceLocation(path, line, 0), "more lines with invalid UTF-8 follow; save the file as UTF-8.");
                    return;
                }

                InputWarnings.Warn(new SourceLocation(path, line, Column(current)), Message);
            }

            bytes = end < 0 ? [] : bytes[(end + 1)..];
            line++;
        }
    }

    // 1-based column (in characters) of the first invalid byte: the characters decoded before it, plus one.
    private static int Column(ReadOnlySpan<byte> bytes)
    {
        var buffer = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
        return written + 1;
    }
}
