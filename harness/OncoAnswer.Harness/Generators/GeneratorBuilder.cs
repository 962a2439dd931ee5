using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Generators.Decorators;
using OncoAnswer.Harness.Generators.Endpoint;
using OncoAnswer.Harness.Generators.Exec;
using OncoAnswer.Harness.Generators.Http;
using OncoAnswer.Harness.Generators.Mutation;
using OncoAnswer.Harness.Generators.Reference;
using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using Scriban;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Builds one run's generators for <see cref="GeneratorFactory"/>: resolves secrets, parses settings, creates each
/// type's client and decorates it; every problem goes to the shared error list with its config location.
/// </summary>
internal sealed class GeneratorBuilder(RunConfig config, GeneratorEnvironment environment, List<InputError> errors)
{
    private readonly Dictionary<string, KnowledgeBase> knowledgeBases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Generator> built = new(StringComparer.Ordinal);

    public Generator Build(GeneratorConfig g)
    {
        if (built.TryGetValue(g.Name, out var done))
        {
            return done;
        }

        var secrets = new List<string>();
        var settings = GeneratorFactory.AuditSettings(g);
        IChatClient client = g.Type switch
        {
            GeneratorTypes.Reference => new ReferenceChatClient(KnowledgeBaseFor(g)),
            GeneratorTypes.Replay => Replay(g),
            GeneratorTypes.OpenAI => OpenAI(g, secrets),
            GeneratorTypes.Http => Http(g, secrets),
            GeneratorTypes.Exec => Exec(g, secrets),
            _ => new MutatingChatClient(Build(config.Generators.First(x => x.Name == g.Text("of"))).Client, g.Text("mutation")!),
        };

        // Every secret of the run is masked in every generator's answers and errors (and, later, the judge's).
        environment.Secrets.Add(secrets);
        if (g.Type is GeneratorTypes.OpenAI or GeneratorTypes.Http or GeneratorTypes.Exec)
        {
            client = Decorate(g, client, settings);
        }

        var generator = new Generator(g.Name, g.Type, client, settings);
        built[g.Name] = generator;
        return generator;
    }

    private IChatClient Decorate(GeneratorConfig g, IChatClient client, IReadOnlyDictionary<string, string> settings)
    {
        var resilience = new ResilienceOptions
        {
            Retries = Int(g, "retries", 0, 10) ?? 3,
            RetryDelay = TimeSpan.FromMilliseconds(Int(g, "retry_delay_ms", 0, 600_000) ?? 1000),
            Timeout = Timeout(g),
        };
        var builder = new ChatClientBuilder(client);

        // ChatClientBuilder applies the first Use outermost: concurrency limit, cache (a hit makes no call), secret
        // masking (inside the cache, so a cached answer is already masked on disk), resilience, the client.
        if (Int(g, "concurrency", 1, 1024) is { } limit)
        {
            builder.Use(inner => new ConcurrencyLimitingChatClient(inner, limit));
        }

        if (environment.UseCache && Bool(g, "cache") != false)
        {
            var identity = g.Type + "\n" + string.Join("\n", settings.Select(kv => kv.Key + "=" + kv.Value));
            var folder = Path.Combine(Path.GetFullPath(config.CacheDirectory, environment.BaseDirectory), Sanitize(g.Name));
            builder.Use(inner => new ResponseCacheChatClient(inner, new DiskDistributedCache(folder), identity));
        }

        builder.Use(inner => new SecretMaskingChatClient(inner, environment.Secrets));

        builder.Use(inner => new ResilientChatClient(inner, resilience));
        return builder.Build();
    }

    private KnowledgeBase KnowledgeBaseFor(GeneratorConfig g)
    {
        var path = g.Text("knowledge_base") is { } p ? Path.GetFullPath(p, environment.BaseDirectory) : environment.KnowledgeBasePath;
        if (!knowledgeBases.TryGetValue(path, out var kb))
        {
            kb = KnowledgeBaseLoader.LoadPath(path);
            knowledgeBases[path] = kb;
        }

        return kb;
    }

    private ReplayChatClient Replay(GeneratorConfig g) =>
        new(RecordedAnswers.Load(Path.GetFullPath(g.Text("answers")!, environment.BaseDirectory)));

    private IChatClient OpenAI(GeneratorConfig g, List<string> secrets)
    {
        var key = Resolve(g, "api_key", secrets);
        var baseUrl = Resolve(g, "base_url", secrets) is { } b ? Url(g, "base_url", b) : null;
        var temperature = Double(g, "temperature", 0, 2);
        var maxTokens = Int(g, "max_tokens", 1, 1_000_000);
        var parameter = g.Text("max_tokens_parameter") ?? OpenAIEndpoint.CompletionTokensParameter;
        if (parameter is not (OpenAIEndpoint.CompletionTokensParameter or OpenAIEndpoint.TokensParameter))
        {
            errors.Add(new InputError(g.Settings["max_tokens_parameter"].Location, $"'max_tokens_parameter' of generator '{g.Name}' must be {OpenAIEndpoint.CompletionTokensParameter} (OpenAI's name, the default) or {OpenAIEndpoint.TokensParameter} (what many OpenAI-compatible servers read), not '{parameter}'."));
        }

        // The SDK's own retries are off (ResilientChatClient retries; both would multiply calls).
        var chat = OpenAIEndpoint.Create(baseUrl, g.Text("model")!, key, Headers(g, secrets), parameter, Timeout(g) + TimeSpan.FromSeconds(5), environment.Secrets);
        return new ChatClientBuilder(chat)
            .ConfigureOptions(o =>
            {
                // The scenario id and profile are for OncoAnswer's own clients, never sent to the endpoint.
                o.AdditionalProperties = null;
                o.Temperature = temperature is null ? o.Temperature : (float)temperature.Value;
                o.MaxOutputTokens = maxTokens ?? o.MaxOutputTokens;
            })
            .Build();
    }

    private List<KeyValuePair<string, string>> Headers(GeneratorConfig g, List<string> secrets)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (g.Settings.TryGetValue("headers", out var h))
        {
            if (h.Map is null)
            {
                errors.Add(new InputError(h.Location, $"'headers' of generator '{g.Name}' must be a mapping such as {{ Authorization: \"Bearer ${{TOKEN}}\" }}."));
            }
            else
            {
                foreach (var (name, value) in h.Map)
                {
                    var resolved = SecretReference.Resolve(value, h.Location, environment.Variables, errors, secrets);
                    if (GeneratorTypes.IsCredential(name))
                    {
                        secrets.Add(resolved); // a literal key in the config is a secret too
                    }

                    headers.Add(new KeyValuePair<string, string>(name, resolved));
                }
            }
        }

        return headers;
    }

    private IChatClient Http(GeneratorConfig g, List<string> secrets)
    {
        var url = Url(g, "url", Resolve(g, "url", secrets) ?? "");
        var method = new HttpMethod((g.Text("method") ?? "POST").ToUpperInvariant());
        var headers = Headers(g, secrets);

        var body = Template.Parse(g.Text("body") ?? "");
        if (body.HasErrors)
        {
            var location = g.Settings["body"].Location;
            errors.AddRange(body.Messages.Select(m => new InputError(
                location with { Line = location.Line + Math.Max(0, m.Span.Start.Line), Column = m.Span.Start.Column + 1 },
                $"request body template of generator '{g.Name}': {m.Message}")));
        }

        var http = new HttpClient { Timeout = Timeout(g) + TimeSpan.FromSeconds(5) };
        var finishReasonPath = g.Text("finish_reason_path") is { Length: > 0 } f ? new JsonAnswerPath(f) : null;
        return new HttpJsonChatClient(http, url, method, headers, body, new JsonAnswerPath(g.Text("answer_path")!), finishReasonPath, environment.Secrets);
    }

    private ExecChatClient Exec(GeneratorConfig g, List<string> secrets)
    {
        var command = Resolve(g, "command", secrets)!;
        if (command.Contains('/', StringComparison.Ordinal) && !Path.IsPathRooted(command))
        {
            command = Path.GetFullPath(command, environment.BaseDirectory);
        }

        var args = g.Settings.TryGetValue("args", out var a)
            ? (a.List ?? [a.Text ?? ""]).Select(v => SecretReference.Resolve(v, a.Location, environment.Variables, errors, secrets)).ToList()
            : [];
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (g.Settings.TryGetValue("env", out var e) && e.Map is not null)
        {
            foreach (var (name, value) in e.Map)
            {
                env[name] = SecretReference.Resolve(value, e.Location, environment.Variables, errors, secrets);
                if (GeneratorTypes.IsCredential(name))
                {
                    secrets.Add(env[name]);
                }
            }
        }

        var workingDir = g.Text("working_dir") is { } w ? Path.GetFullPath(w, environment.BaseDirectory) : environment.BaseDirectory;
        return new ExecChatClient(command, args, env, workingDir, Timeout(g), environment.Secrets);
    }

    private string? Resolve(GeneratorConfig g, string key, List<string> secrets)
    {
        if (!g.Settings.TryGetValue(key, out var s) || s.Text is null)
        {
            return null;
        }

        var value = SecretReference.Resolve(s.Text, s.Location, environment.Variables, errors, secrets);
        if (GeneratorTypes.IsSecret(key))
        {
            secrets.Add(value); // a literal api_key is masked in answers and errors like a resolved one
        }

        return value;
    }

    private TimeSpan Timeout(GeneratorConfig g) =>
        TimeSpan.FromSeconds(Double(g, "timeout_seconds", 0.001, 3600) ?? 60);

    private Uri Url(GeneratorConfig g, string key, string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        errors.Add(new InputError(g.Settings[key].Location, $"'{key}' of generator '{g.Name}' must be an http:// or https:// URL."));
        return new Uri("http://invalid.invalid/");
    }

    private int? Int(GeneratorConfig g, string key, int min, int max)
    {
        var value = Double(g, key, min, max);
        if (value is { } v && v != Math.Floor(v))
        {
            errors.Add(new InputError(g.Settings[key].Location, $"'{key}' of generator '{g.Name}' must be a whole number."));
            return null;
        }

        return value is null ? null : (int)value.Value;
    }

    private double? Double(GeneratorConfig g, string key, double min, double max)
    {
        if (!g.Settings.TryGetValue(key, out var s))
        {
            return null;
        }

        if (s.Text is not null && double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
        {
            return v;
        }

        errors.Add(new InputError(s.Location, string.Create(CultureInfo.InvariantCulture, $"'{key}' of generator '{g.Name}' must be a number from {min} to {max}, not '{s.Text}'.")));
        return null;
    }

    private bool? Bool(GeneratorConfig g, string key)
    {
        if (!g.Settings.TryGetValue(key, out var s))
        {
            return null;
        }

        if (s.Text is "true" or "false")
        {
            return s.Text == "true";
        }

        errors.Add(new InputError(s.Location, $"'{key}' of generator '{g.Name}' must be true or false."));
        return null;
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
