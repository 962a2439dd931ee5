using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OncoAnswer.Harness.Config;

/// <summary>
/// Every secret a run resolved (generator settings, headers, the judge's key), shared by everything that may see a
/// secret echoed back: answers, error bodies, judge replies. <see cref="Apply"/> replaces each secret with
/// <see cref="Mask"/> in the forms an endpoint is known to echo it in: as written, in any letter case, URL-encoded,
/// and base64-encoded wherever it sits inside an encoded value (so base64 of "Bearer key" or "user:key" is caught too).
/// Secrets are added as they are resolved (generators first, the judge later); the mask is safe to share between threads.
/// </summary>
public sealed partial class SecretMask
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    // A base64 run shorter than this is too common to mask (it would hit ordinary words).
    private const int MinEncodedLength = 8;

    // Below this length a secret is masked as written only: case-insensitive matches of short strings hit ordinary text.
    private const int MinCaseInsensitiveLength = 6;

    private readonly object gate = new();
    private (string Text, StringComparison Comparison)[] patterns = [];

    /// <summary>Whether no secret has been added.</summary>
    public bool IsEmpty => Volatile.Read(ref patterns).Length == 0;

    /// <summary>Adds secrets (null or empty values are ignored).</summary>
    public void Add(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets)
        {
            Add(secret);
        }
    }

    /// <summary>Adds a secret (null or empty is ignored).</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (gate)
        {
            var all = patterns.ToList();
            foreach (var form in Forms(secret).SelectMany(Escaped))
            {
                if (!all.Contains(form))
                {
                    all.Add(form);
                }
            }

            // Longest first, so a form containing another is masked whole.
            Volatile.Write(ref patterns, [.. all.OrderByDescending(p => p.Text.Length).ThenBy(p => p.Text, StringComparer.Ordinal)]);
        }
    }

    /// <summary>Masks every form of every secret in <paramref name="text"/>.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (pattern, comparison) in Volatile.Read(ref patterns))
        {
            text = text.Replace(pattern, Mask, comparison);
        }

        return text;
    }

    /// <summary>Masks <paramref name="text"/> when it is not null.</summary>
    public string? ApplyOrNull(string? text) => text is null ? null : Apply(text);

    // Each form also as a JSON string escapes it (an endpoint echoing a key in a JSON body writes '+' as \u002B, '/' as \/).
    private static IEnumerable<(string Text, StringComparison Comparison)> Escaped((string Text, StringComparison Comparison) form)
    {
        yield return form;
        var json = JsonEncodedText.Encode(form.Text).ToString();
        foreach (var escaped in new[] { json, HexDigits().Replace(json, m => m.Value.ToLowerInvariant()), form.Text.Replace("/", "\\/", StringComparison.Ordinal), json.Replace("/", "\\/", StringComparison.Ordinal) })
        {
            if (escaped != form.Text)
            {
                yield return (escaped, form.Comparison);
            }
        }
    }

    private static IEnumerable<(string, StringComparison)> Forms(string secret)
    {
        var caseless = secret.Length >= MinCaseInsensitiveLength ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        yield return (secret, caseless);
        foreach (var encoded in new[] { Uri.EscapeDataString(secret), WebUtility.UrlEncode(secret) })
        {
            if (encoded != secret)
            {
                yield return (encoded, caseless);
            }
        }

        // Base64 at each of the three byte alignments the secret can have inside a longer encoded value: only the
        // characters that depend on the secret's bytes alone, in the standard and the URL-safe alphabet.
        var bytes = Encoding.UTF8.GetBytes(secret);
        for (var offset = 0; offset < 3; offset++)
        {
            var shifted = new byte[offset + bytes.Length];
            bytes.CopyTo(shifted, offset);
            var encoded = Convert.ToBase64String(shifted);
            var start = ((offset * 8) + 5) / 6;
            var end = ((offset + bytes.Length) * 8) / 6;
            if (end - start < MinEncodedLength)
            {
                continue;
            }

            var core = encoded[start..end];
            yield return (core, StringComparison.Ordinal);
            var urlSafe = core.Replace('+', '-').Replace('/', '_');
            if (urlSafe != core)
            {
                yield return (urlSafe, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"\\u[0-9A-F]{4}")]
    private static partial Regex HexDigits();
}
