using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators.Decorators;

/// <summary>
/// The outermost decorator of a generator whose config resolved secrets: replaces any resolved secret value with
/// <c>***</c> in error messages and answers, so an endpoint or script that echoes a key can never get it written
/// into results, the run store or a report.
/// </summary>
public sealed class SecretMaskingChatClient : DelegatingChatClient
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    private readonly string[] secrets;

    /// <summary>Wraps <paramref name="inner"/>, masking <paramref name="secrets"/>.</summary>
    public SecretMaskingChatClient(IChatClient inner, IEnumerable<string> secrets)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        this.secrets = [.. secrets.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    /// <summary>Masks every secret in <paramref name="text"/>.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && Apply(ex.Message) != ex.Message)
        {
            throw new GeneratorException(Apply(ex.Message));
        }

        var text = response.Text ?? "";
        var masked = Apply(text);
        return masked == text ? response : new ChatResponse(new ChatMessage(ChatRole.Assistant, masked))
        {
            ModelId = response.ModelId,
            Usage = response.Usage,
            AdditionalProperties = response.AdditionalProperties,
        };
    }
}
