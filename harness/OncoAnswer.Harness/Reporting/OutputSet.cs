using System.Text;

namespace OncoAnswer.Harness.Reporting;

/// <summary>
/// A run's outputs written as a set: each file is first written in full to a unique temporary file next to it
/// (<see cref="Stage"/>); only when all are written does <see cref="Commit"/> rename them over their targets, one after
/// another, while holding a machine-wide lock so that two runs sharing an output folder never interleave their sets.
/// If any output fails to render, nothing is replaced and the temporaries are removed.
/// </summary>
public sealed class OutputSet : IDisposable
{
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Held only while renaming (milliseconds), so waiting for another run's commit is short.
    private const string LockName = @"Global\oncoanswer-output-commit";

    private readonly List<(string Temp, string Target)> staged = [];
    private readonly List<string> deletions = [];
    private bool committed;

    /// <summary>Writes the content of <paramref name="path"/> to a temporary file; the target is untouched until <see cref="Commit"/>.</summary>
    /// <returns>The full path the file will have.</returns>
    public string Stage(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(committed, this);
        var target = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!); // an output may name a folder that does not exist yet
        var temp = AtomicFile.TempNameFor(target);
        staged.Add((temp, target));
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        return target;
    }

    /// <summary>Stages <paramref name="text"/> as UTF-8 (no byte-order mark) for <paramref name="path"/>.</summary>
    public string StageText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Stage(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
            writer.Write(text);
        });
    }

    /// <summary>Removes <paramref name="path"/> when the set commits (an output of an earlier run that this run does not replace).</summary>
    public void DeleteOnCommit(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        deletions.Add(Path.GetFullPath(path));
    }

    /// <summary>Renames every staged file over its target and removes the files marked for deletion.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(committed, this);
        using var mutex = CommitLock();
        var owned = false;
        try
        {
            try
            {
                owned = mutex?.WaitOne(TimeSpan.FromSeconds(60)) ?? false;
            }
            catch (AbandonedMutexException)
            {
                owned = true; // a run killed while committing: its renames are done or not, each one whole
            }

            foreach (var path in deletions)
            {
                File.Delete(path);
            }

            foreach (var (temp, target) in staged)
            {
                File.Move(temp, target, overwrite: true);
            }

            committed = true;
        }
        finally
        {
            if (owned)
            {
                mutex!.ReleaseMutex();
            }
        }
    }

    // Without the lock (another user holds its backing file) each rename is still whole; only two sets written at the
    // same instant could interleave.
    private static Mutex? CommitLock()
    {
        try
        {
            return new Mutex(false, LockName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or WaitHandleCannotBeOpenedException)
        {
            return null;
        }
    }

    /// <summary>Removes temporaries that were not committed.</summary>
    public void Dispose()
    {
        foreach (var (temp, _) in staged)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // best effort: a leftover hidden .tmp is harmless
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        staged.Clear();
        committed = true;
    }
}
