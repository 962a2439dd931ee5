using System.Security.Cryptography;
using System.Text;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// A stable SHA-256 of the loaded suites: each suite's name and file content (line endings normalised), in name order;
/// a suite without a file (built in code) contributes its scenarios' ids and turns. Runs with equal hashes asked the
/// same questions with the same expectations.
/// </summary>
public static class SuiteHash
{
    /// <summary>The hash as lower-case hex, prefixed <c>sha256:</c>.</summary>
    public static string Of(IEnumerable<Suite> suites)
    {
        ArgumentNullException.ThrowIfNull(suites);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var suite in suites.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var text = new StringBuilder().Append("suite\n").Append(suite.Name).Append('\n');
            if (File.Exists(suite.Path))
            {
                text.Append(File.ReadAllText(suite.Path).Replace("\r\n", "\n", StringComparison.Ordinal));
            }
            else
            {
                foreach (var scenario in suite.Scenarios)
                {
                    text.Append("scenario\n").Append(scenario.Id).Append('\n').Append(scenario.Category).Append('\n');
                    foreach (var turn in scenario.Turns)
                    {
                        text.Append(turn.Role).Append(": ").Append(turn.Text).Append('\n');
                    }
                }
            }

            hash.AppendData(Encoding.UTF8.GetBytes(text.Append('\0').ToString()));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
