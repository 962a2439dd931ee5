using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;

namespace OncoAnswer.Harness.Generators.Decorators;

/// <summary>
/// The decorator between a generator's (or the judge's) client and everything that keeps what it returns: masks every
/// secret the run resolved (<see cref="SecretMask"/>: generator and judge keys, in plain and encoded forms) in error
/// messages and responses, so an endpoint or script that echoes a key can never get it written into results, the run
/// store, a cache file, the console or a report. A response is rebuilt from its masked parts only.
/// </summary>
public sealed class SecretMaskingChatClient : DelegatingChatClient
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = SecretMask.Mask;

    private readonly SecretMask secrets;

    /// <summary>Wraps <paramref name="inner"/>, masking <paramref name="secrets"/> (which may grow while the run starts).</summary>
    public SecretMaskingChatClient(IChatClient inner, SecretMask secrets)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        this.secrets = secrets;
    }

    /// <summary>Wraps <paramref name="inner"/>, masking a fixed list of <paramref name="secrets"/>.</summary>
    public SecretMaskingChatClient(IChatClient inner, IEnumerable<string> secrets)
        : this(inner, MaskOf(secrets))
    {
    }

    /// <summary>Masks every secret in <paramref name="text"/>.</summary>
    public string Apply(string text) => secrets.Apply(text);

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && HoldsSecret(ex))
        {
            // Not chained: the original exception (or one it wraps) holds the secret.
            throw new GeneratorException(Apply(ex.Message));
        }

        AdditionalPropertiesDictionary? properties = null;
        if (response.AdditionalProperties is { Count: > 0 } source)
        {
            properties = [];
            foreach (var (key, value) in source)
            {
                properties[key] = value is string s ? Apply(s) : value is bool or int or long or double ? value : value is null ? null : Apply(value.ToString() ?? "");
            }
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, Apply(response.Text ?? "")))
        {
            ModelId = secrets.ApplyOrNull(response.ModelId),
            ResponseId = secrets.ApplyOrNull(response.ResponseId),
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
            Usage = response.Usage,
            AdditionalProperties = properties,
        };
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    private bool HoldsSecret(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (Apply(e.Message) != e.Message)
            {
                return true;
            }
        }

        return false;
    }

    private static SecretMask MaskOf(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var mask = new SecretMask();
        mask.Add(secrets);
        return mask;
    }
}
