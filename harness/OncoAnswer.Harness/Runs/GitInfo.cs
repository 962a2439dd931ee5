namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Finds the commit checked out in a folder by reading <c>.git</c> directly (no git process): HEAD, loose refs and
/// packed-refs, including worktrees whose <c>.git</c> is a file pointing elsewhere.
/// </summary>
internal static class GitInfo
{
    /// <summary>The full commit hash checked out at or above <paramref name="directory"/>, or null when there is none.</summary>
    public static string? Commit(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        try
        {
            for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            {
                var dotGit = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(dotGit))
                {
                    return Resolve(dotGit);
                }

                if (File.Exists(dotGit))
                {
                    var pointer = File.ReadAllText(dotGit).Trim();
                    return pointer.StartsWith("gitdir:", StringComparison.Ordinal)
                        ? Resolve(Path.GetFullPath(pointer["gitdir:".Length..].Trim(), dir.FullName))
                        : null;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable repository leaves the commit unknown; it never fails a run.
        }

        return null;
    }

    private static string? Resolve(string gitDir)
    {
        var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return IsHash(head) ? head : null;
        }

        var name = head[4..].Trim();
        var common = File.Exists(Path.Combine(gitDir, "commondir"))
            ? Path.GetFullPath(File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim(), gitDir)
            : gitDir;
        foreach (var dir in new[] { gitDir, common })
        {
            var loose = Path.Combine(dir, name);
            if (File.Exists(loose))
            {
                var value = File.ReadAllText(loose).Trim();
                return IsHash(value) ? value : null;
            }
        }

        var packed = Path.Combine(common, "packed-refs");
        return File.Exists(packed)
            ? File.ReadLines(packed).Select(l => l.Split(' ')).Where(p => p.Length == 2 && p[1] == name && IsHash(p[0])).Select(p => p[0]).FirstOrDefault()
            : null;
    }

    private static bool IsHash(string text) => text.Length is 40 or 64 && text.All(Uri.IsHexDigit);
}
