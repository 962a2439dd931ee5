using System.Text;
using System.Text.Json;
using OncoAnswer.Harness.Config;

namespace OncoAnswer.Harness.Tests.Config;

/// <summary>The forms <see cref="SecretMask"/> masks, and the ones it leaves alone.</summary>
public sealed class SecretMaskTests
{
    private const string Key = "sk-Mask/Key+Forms=7~Q";

    [Theory]
    [InlineData("plain")]
    [InlineData("upper")]
    [InlineData("url")]
    [InlineData("form-url")]
    [InlineData("base64")]
    [InlineData("base64-bearer")]
    [InlineData("base64-basic")]
    [InlineData("base64url")]
    [InlineData("json")]
    [InlineData("json-slash")]
    public void EveryEchoedForm_IsMasked(string kind)
    {
        var form = kind switch
        {
            "plain" => Key,
            "upper" => Key.ToUpperInvariant(),
            "url" => Uri.EscapeDataString(Key),
            "form-url" => System.Net.WebUtility.UrlEncode(Key),
            "base64" => Base64(Key),
            "base64-bearer" => Base64("Bearer " + Key),
            "base64-basic" => Base64("user:" + Key),
            "base64url" => Base64("x" + Key).Replace('+', '-').Replace('/', '_'),
            "json" => JsonSerializer.Serialize(Key),
            _ => Key.Replace("/", "\\/", StringComparison.Ordinal),
        };
        var mask = new SecretMask();
        mask.Add(Key);

        var masked = mask.Apply("before " + form + " after");

        Assert.Contains(SecretMask.Mask, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[3..11], masked, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(form.Trim('"'), masked, StringComparison.Ordinal);
        Assert.StartsWith("before ", masked, StringComparison.Ordinal);
        Assert.EndsWith(" after", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryText_IsLeftAlone_AndShortSecretsAreMaskedOnlyAsWritten()
    {
        var mask = new SecretMask();
        mask.Add(Key);
        mask.Add("abc");
        mask.Add("");
        mask.Add((string?)null);

        Assert.Equal("Metastatic breast cancer is treated mainly with systemic therapy.", mask.Apply("Metastatic breast cancer is treated mainly with systemic therapy."));
        Assert.Equal("*** ABC", mask.Apply("abc ABC"));
        Assert.True(new SecretMask().IsEmpty);
        Assert.False(mask.IsEmpty);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
